using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>A what-if's answer: what was failed, and every entrypoint's (and affected component's) state.</summary>
    public sealed class ImpactReport
    {
        public ImpactReport(string model, IReadOnlyList<FailureEvent> failed, IReadOnlyList<ImpactRecord> entrypoints, IReadOnlyList<ImpactRecord> affectedComponents)
        {
            Model = model;
            Failed = failed;
            Entrypoints = entrypoints;
            AffectedComponents = affectedComponents;
        }

        public string Model { get; }
        public IReadOnlyList<FailureEvent> Failed { get; }

        /// <summary>Every entrypoint, Up, Degraded or Down, in the model's order.</summary>
        public IReadOnlyList<ImpactRecord> Entrypoints { get; }

        /// <summary>Every component that is not Up, entrypoints included, in the model's order.</summary>
        public IReadOnlyList<ImpactRecord> AffectedComponents { get; }
    }
}
