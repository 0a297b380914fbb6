using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One risk, exactly the record of docs/design.md §5: what a cmdlet writes to the pipeline and what
    /// <c>spofaudit report --format json</c> prints. Its name lists are <see cref="NameList"/>s: indexable, and written
    /// joined with ", " where a tool takes their ToString (Export-Csv).
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
            string model,
            SourceLocation? location = null,
            Suppression? suppression = null,
            double? likelihood = null,
            FailurePair? pair = null,
            IReadOnlyList<string>? resourceIds = null,
            ModelProvenance? incompleteInventory = null,
            int? affectsCount = null,
            int? componentCount = null)
        {
            IncompleteInventory = incompleteInventory;
            ResourceIds = NameList.Of(resourceIds);
            Kind = kind;
            Severity = severity;
            Target = target;
            TargetType = targetType;
            Affects = NameList.Bounded(affects, affectsCount);
            Path = NameList.Of(path);
            Components = NameList.Bounded(components, componentCount);
            Recommendation = recommendation;
            Model = model;
            Location = location;
            Suppression = suppression;
            Likelihood = likelihood;
            Pair = pair;
        }

        /// <summary>Stable identifier <c>Kind/target</c>: survives reordering of the input.</summary>
        public string Id => MakeId(Kind, Target);

        public FindingKind Kind { get; }
        public Severity Severity { get; }
        public string Target { get; }
        public TargetType TargetType { get; }

        /// <summary>The entrypoints this risk hits, sorted: all of them up to 64, else the first 10 (<see cref="AffectsCount"/> says how many).</summary>
        public NameList Affects { get; }

        /// <summary>How many entrypoints this risk hits: the length of <see cref="Affects"/>, or more when it lists only the first.</summary>
        public int AffectsCount => Affects.Total;

        /// <summary>One dependency chain from an affected entrypoint to the target.</summary>
        public IReadOnlyList<string> Path { get; }

        /// <summary>
        /// The components the target's failure takes down (or leaves unowned) directly: all of them up to 64, else the
        /// first 10 (<see cref="ComponentCount"/> says how many).
        /// </summary>
        public NameList Components { get; }

        /// <summary>How many components the target's failure hits directly: the length of <see cref="Components"/>, or more.</summary>
        public int ComponentCount => Components.Total;

        public string Recommendation { get; }

        /// <summary>The name of the model the finding came from.</summary>
        public string Model { get; }

        /// <summary>
        /// Where the component this finding is about was written (the target, or for a zone, region, domain
        /// or person the component it hits); null when the model did not come from a file.
        /// </summary>
        public SourceLocation? Location { get; }

        /// <summary>The accepted-risk entry that covers this finding; null when it is not suppressed.</summary>
        public Suppression? Suppression { get; }

        /// <summary>
        /// For a double fault: the chance that both events are failed at once, from the components' <c>availability</c>
        /// and the default availabilities of zones, regions and domains; what double faults are ranked by. Null otherwise.
        /// </summary>
        public double? Likelihood { get; }

        /// <summary>
        /// The cloud resource ids or ARNs of the component this finding points at (as <see cref="Location"/> picks it), so a
        /// reader can open it in the console; empty for a component that came from a file only.
        /// </summary>
        public IReadOnlyList<string> ResourceIds { get; }

        /// <summary>
        /// For a double fault found by the analyzer: its two events, typed (the target is their names joined by " + ").
        /// Null for other kinds, and for findings read back from a JSON report, which stores only the target.
        /// </summary>
        public FailurePair? Pair { get; }

        /// <summary>
        /// When the model this finding came from was read only in part (a denied cloud call, an unreadable subscription):
        /// what it was read from and what could not be read, so a report written from findings alone (piped to
        /// Export-SpofReport) still says its inventory is incomplete. Null for a complete read.
        /// </summary>
        public ModelProvenance? IncompleteInventory { get; }

        /// <summary>Whether an accepted-risk entry covers this finding: it is reported, but no gate fails on it.</summary>
        public bool IsSuppressed => Suppression != null;

        /// <summary>The same finding, marked as covered by <paramref name="suppression"/>.</summary>
        public Finding WithSuppression(Suppression suppression) =>
            new Finding(Kind, Severity, Target, TargetType, Affects, Path, Components, Recommendation, Model, Location, suppression, Likelihood, Pair, ResourceIds, IncompleteInventory);

        /// <summary>The same finding, naming the cloud resources it is about.</summary>
        public Finding WithResourceIds(IReadOnlyList<string> resourceIds) =>
            new Finding(Kind, Severity, Target, TargetType, Affects, Path, Components, Recommendation, Model, Location, Suppression, Likelihood, Pair, resourceIds, IncompleteInventory);

        /// <summary>The same finding, marked as coming from the partial read <paramref name="provenance"/>.</summary>
        public Finding WithIncompleteInventory(ModelProvenance provenance) =>
            new Finding(Kind, Severity, Target, TargetType, Affects, Path, Components, Recommendation, Model, Location, Suppression, Likelihood, Pair, ResourceIds, provenance);

        public static string MakeId(FindingKind kind, string target) => $"{kind}/{target}";

        public override string ToString() => $"{Severity} {Id}";
    }
}
