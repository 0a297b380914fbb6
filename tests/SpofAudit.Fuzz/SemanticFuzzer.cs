using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Fuzz
{
    /// <summary>
    /// Random models using every construct of the file format (RandomModels.Small) against what must hold for any
    /// architecture: the same report every time (depth 1 and 2, byte for byte), the same file after writing and
    /// reading it back, and the same findings when components, people, teams and entrypoints are written in another
    /// order with comments and an unrelated redundant component added.
    /// </summary>
    internal static class SemanticFuzzer
    {
        public static FuzzTally Run(int seed, TimeSpan budget, int maxCases)
        {
            var tally = new FuzzTally();
            var clock = Stopwatch.StartNew();
            for (var index = 0; clock.Elapsed < budget && index < maxCases; index++)
            {
                var caseSeed = unchecked(seed * 1_000_003 + index);
                var generated = RandomModels.Small(caseSeed);
                var yaml = YamlModelWriter.Write(generated);
                SpofModel model;
                try
                {
                    model = new YamlModelLoader().LoadText(yaml, "generated.yaml");
                }
                catch (SpofInputException)
                {
                    // Built in code, a random model may break a file rule (a zone outside the region map); such a
                    // model says nothing about files.
                    tally.Count("not expressible as a file");
                    continue;
                }

                var problem = Deterministic(model) ?? RoundTrips(model) ?? OrderFree(generated, model, caseSeed);
                if (problem == null)
                {
                    tally.Count("held every property");
                }
                else
                {
                    tally.Violation("violated a property", $"seed {caseSeed} (RandomModels.Small): {problem}");
                }
            }

            return tally;
        }

        private static string? Deterministic(SpofModel model)
        {
            foreach (var depth in new[] { 1, 2 })
            {
                var first = Json(model, depth);
                var second = Json(model, depth);
                if (first != second)
                {
                    return $"two analyses at depth {depth} wrote different reports";
                }
            }

            return null;
        }

        private static string? RoundTrips(SpofModel model)
        {
            var written = YamlModelWriter.Write(model);
            var again = YamlModelWriter.Write(new YamlModelLoader().LoadText(written, "written.yaml"));
            return written == again ? null : "writing the model, reading it back and writing it again changed the file";
        }

        private static string? OrderFree(SpofModel generated, SpofModel model, int seed)
        {
            var before = new SpofAnalyzer().Analyze(model).Findings;
            var after = new SpofAnalyzer().Analyze(new YamlModelLoader().LoadText(ModelVariants.Reordered(generated, seed), "reordered.yaml")).Findings;
            var changed = ReportComparer.Compare(before, after).Where(c => c.Change != FindingChangeKind.Unchanged).ToArray();
            return changed.Length == 0 ? null : "writing the file in another order changed findings: " + string.Join("; ", changed.Take(3).Select(c => c.ToString()));
        }

        private static string Json(SpofModel model, int depth)
        {
            var report = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth));
            using var text = new StringWriter();
            ReportJsonWriter.Write(model.Name, report.Findings, text, model.Provenance);
            return text.ToString();
        }
    }
}
