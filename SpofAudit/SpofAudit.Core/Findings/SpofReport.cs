using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>The result of analysing one model: its findings, most severe first.</summary>
    public sealed class SpofReport
    {
        public SpofReport(string model, IReadOnlyList<string> entrypoints, IReadOnlyList<string> sources, int componentCount, IReadOnlyList<Finding> findings)
        {
            Model = model;
            Entrypoints = entrypoints;
            Sources = sources;
            ComponentCount = componentCount;
            Findings = findings;
        }

        public string Model { get; }
        public IReadOnlyList<string> Entrypoints { get; }
        public IReadOnlyList<string> Sources { get; }
        public int ComponentCount { get; }
        public IReadOnlyList<Finding> Findings { get; }
    }
}
