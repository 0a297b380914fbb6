using System.Collections.Generic;
using System.Threading;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// What the rules of one analysis share: the model, the options, and the engine's passes, each run once on first
    /// need. Several kinds come out of one pass (the order-1 pass yields single points of failure, zone, region,
    /// personnel, degradation and capacity risks together; the failover pass failover and data-loss risks): the pass
    /// runs once, and each rule takes its own kind's findings from it.
    /// </summary>
    internal sealed class RuleContext
    {
        private FailureGraph? _graph;
        private SinglePointAnalysis? _singlePoints;
        private EntrypointReach? _reach;
        private TruckFactorAnalysis? _truckFactors;
        private Dictionary<FindingKind, List<Finding>>? _singleFailures;
        private Dictionary<FindingKind, List<Finding>>? _failovers;
        private readonly List<(string Part, string Reason, string Description)> _unfinished = new List<(string, string, string)>();

        public RuleContext(SpofModel model, AnalysisOptions options, CancellationToken cancellation)
        {
            Model = model;
            Options = options;
            Cancellation = cancellation;
        }

        public SpofModel Model { get; }

        public AnalysisOptions Options { get; }

        public CancellationToken Cancellation { get; }

        public IReadOnlyDictionary<string, int> ComponentIndex => Model.ComponentIndex;

        /// <summary>The steps that stopped before their end, each with what the report therefore does not cover.</summary>
        public IReadOnlyList<(string Part, string Reason, string Description)> Unfinished => _unfinished;

        /// <summary>Records that a step stopped before its end: the report is marked incomplete, never silently short.</summary>
        public void ReportUnfinished(string part, string reason, string description) => _unfinished.Add((part, reason, description));

        public FailureGraph Graph => _graph ??= FailureGraph.Build(Model);

        /// <summary>The order-1 propagation: which events take each component down or degrade it.</summary>
        public SinglePointAnalysis SinglePoints => _singlePoints ??= SinglePointAnalysis.Run(Model, Graph, new EventCatalog(Model), Cancellation);

        /// <summary>Which entrypoints depend on each component, hard or soft, with one path.</summary>
        public EntrypointReach Reach => _reach ??= new EntrypointReach(Model, Graph, ComponentIndex);

        /// <summary>Each entrypoint's truck factor and the minimal sets of two or three people behind it.</summary>
        public TruckFactorAnalysis TruckFactors => _truckFactors ??= TruckFactorAnalysis.Run(Model, Graph, Cancellation);

        /// <summary>
        /// The order-1 findings of <paramref name="kind"/>, sorted: assembled from <see cref="SinglePoints"/>, those that
        /// are outages only by overload reclassified as capacity risks.
        /// </summary>
        public IReadOnlyList<Finding> SingleFailures(FindingKind kind) => Of(_singleFailures ??= AssembleSingleFailures(), kind);

        /// <summary>The failover and data-loss findings of <paramref name="kind"/>, sorted.</summary>
        public IReadOnlyList<Finding> Failovers(FindingKind kind) =>
            Of(_failovers ??= ByKind(FailoverAnalysis.Find(Model, SinglePoints, ComponentIndex, Reach, Cancellation).ToArray()), kind);

        private Dictionary<FindingKind, List<Finding>> AssembleSingleFailures()
        {
            var assembled = FindingAssembler.Assemble(Model, SinglePoints, ComponentIndex);
            CapacityAnalysis.Reclassify(Model, SinglePoints, ComponentIndex, assembled, Cancellation);
            return ByKind(assembled.Findings);
        }

        /// <summary>The findings sorted once, then split by kind: each part stays sorted.</summary>
        private static Dictionary<FindingKind, List<Finding>> ByKind(Finding[] findings)
        {
            var byKind = new Dictionary<FindingKind, List<Finding>>();
            foreach (var finding in FindingOrder.Sort(findings))
            {
                if (!byKind.TryGetValue(finding.Kind, out var list))
                {
                    byKind[finding.Kind] = list = new List<Finding>();
                }

                list.Add(finding);
            }

            return byKind;
        }

        private static IReadOnlyList<Finding> Of(Dictionary<FindingKind, List<Finding>> byKind, FindingKind kind) =>
            byKind.TryGetValue(kind, out var found) ? found : (IReadOnlyList<Finding>)System.Array.Empty<Finding>();
    }
}
