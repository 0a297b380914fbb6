using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>The result of analysing one model: its findings, most severe first.</summary>
    public sealed class SpofReport
    {
        public SpofReport(string model, IReadOnlyList<string> entrypoints, IReadOnlyList<string> sources, int componentCount, IReadOnlyList<Finding> findings)
            : this(model, entrypoints, ModelProvenance.OfFiles(sources), componentCount, findings)
        {
        }

        public SpofReport(string model, IReadOnlyList<string> entrypoints, ModelProvenance provenance, int componentCount, IReadOnlyList<Finding> findings)
            : this(model, entrypoints, provenance, componentCount, findings, Array.Empty<EntrypointTruckFactor>())
        {
        }

        public SpofReport(
            string model,
            IReadOnlyList<string> entrypoints,
            ModelProvenance provenance,
            int componentCount,
            IReadOnlyList<Finding> findings,
            IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            TruckFactors = truckFactors;
            Model = model;
            Entrypoints = entrypoints;
            Provenance = provenance;
            Sources = provenance.SourceLines;
            ComponentCount = componentCount;
            Findings = findings;
        }

        public string Model { get; }
        public IReadOnlyList<string> Entrypoints { get; }
        public IReadOnlyList<string> Sources { get; }

        /// <summary>The model's sources as data and the parts of them that could not be read.</summary>
        public ModelProvenance Provenance { get; }
        public int ComponentCount { get; }
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>Each entrypoint's truck factor, in name order; empty for a report rebuilt from findings alone.</summary>
        public IReadOnlyList<EntrypointTruckFactor> TruckFactors { get; }

        /// <summary>The same report with other findings (accepted risks applied, a baseline's left out): the rest is kept.</summary>
        public SpofReport WithFindings(IReadOnlyList<Finding> findings) =>
            new SpofReport(Model, Entrypoints, Provenance, ComponentCount, findings, TruckFactors);

        /// <summary>
        /// A report rebuilt from findings alone (piped to Export-SpofReport, or read back from JSON): the model
        /// names, affected entrypoints and source files are those the findings carry; the component count is unknown (0).
        /// </summary>
        public static SpofReport FromFindings(IReadOnlyList<Finding> findings, string? model = null) => FromFindings(findings, model, null);

        /// <summary>As <see cref="FromFindings(IReadOnlyList{Finding}, string?)"/>, keeping <paramref name="provenance"/> when one was read back.</summary>
        public static SpofReport FromFindings(IReadOnlyList<Finding> findings, string? model, ModelProvenance? provenance)
        {
            var models = findings.Select(f => f.Model).Distinct(StringComparer.Ordinal).ToArray();
            var name = model ?? (models.Length == 0 ? "unnamed" : string.Join(", ", models));
            var entrypoints = findings.SelectMany(f => f.Affects).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
            var sources = findings.Where(f => f.Location != null).Select(f => f.Location!.File).Distinct(StringComparer.Ordinal).ToArray();
            return new SpofReport(name, entrypoints, provenance ?? ModelProvenance.OfFiles(sources), 0, findings);
        }
    }
}
