using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One risk, exactly the record of DESIGN §5: what a cmdlet writes to the pipeline and what
    /// <c>spofaudit report --format json</c> prints.
    /// </summary>
    public sealed class Finding
    {
        public Finding(
            FindingKind kind,
            Severity severity,
            string target,
            TargetType targetType,
            IReadOnlyList<string> affects,
            IReadOnlyList<string> path,
            IReadOnlyList<string> components,
            string recommendation,
            string model)
        {
            Kind = kind;
            Severity = severity;
            Target = target;
            TargetType = targetType;
            Affects = affects;
            Path = path;
            Components = components;
            Recommendation = recommendation;
            Model = model;
        }

        /// <summary>Stable identifier <c>Kind/target</c>: survives reordering of the input.</summary>
        public string Id => MakeId(Kind, Target);

        public FindingKind Kind { get; }
        public Severity Severity { get; }
        public string Target { get; }
        public TargetType TargetType { get; }

        /// <summary>The entrypoints this risk hits, sorted.</summary>
        public IReadOnlyList<string> Affects { get; }

        /// <summary>One dependency chain from an affected entrypoint to the target.</summary>
        public IReadOnlyList<string> Path { get; }

        /// <summary>The components the target's failure takes down (or leaves unowned) directly.</summary>
        public IReadOnlyList<string> Components { get; }

        public string Recommendation { get; }

        /// <summary>The name of the model the finding came from.</summary>
        public string Model { get; }

        public static string MakeId(FindingKind kind, string target) => $"{kind}/{target}";

        public override string ToString() => $"{Severity} {Id}";
    }
}
