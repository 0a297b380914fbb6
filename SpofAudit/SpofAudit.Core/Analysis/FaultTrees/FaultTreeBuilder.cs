using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Analysis.FaultTrees
{
    /// <summary>
    /// Builds the model's "down" logic (docs/design.md §4) as an acyclic fault tree, straight from the model rather than
    /// from the analysis, so that a fault-tree tool checks the analysis independently. See the Open-PSA writer (SpofAudit.Export.OpenPsaWriter)
    /// for the shape and for how dependency cycles are unrolled.
    /// </summary>
    internal sealed class FaultTreeBuilder
    {
        private readonly SpofModel _model;
        private readonly IReadOnlyDictionary<string, int> _index;
        private readonly FaultFormulaFactory _factory = new FaultFormulaFactory();
        private readonly FaultFormula[] _down;
        private readonly FaultFormula[] _local;
        private readonly Dictionary<(FailureEventKind, string), FaultFormula> _events = new Dictionary<(FailureEventKind, string), FaultFormula>();

        private readonly FailureSemantics _semantics;

        public FaultTreeBuilder(SpofModel model, FailureSemantics semantics = FailureSemantics.Full)
        {
            _model = model;
            _semantics = semantics;
            _index = model.ComponentIndex;
            _down = new FaultFormula[model.Components.Count];
            _local = new FaultFormula[model.Components.Count];
        }

        /// <summary>The top event: any entrypoint down.</summary>
        public FaultFormula Build() => _factory.Or(OpenPsaNames.TopGate, BuildEntrypoints().Select(e => e.Value));

        /// <summary>Each distinct entrypoint, in model order, with its own "down" formula (the availability analysis needs them apart).</summary>
        public IReadOnlyList<KeyValuePair<string, FaultFormula>> BuildEntrypoints()
        {
            for (var c = 0; c < _model.Components.Count; c++)
            {
                _local[c] = LocalDown(_model.Components[c]);
            }

            var inScc = new int[_model.Components.Count];
            var order = StronglyConnected.ChildrenFirst(HardEdges());
            for (var i = 0; i < order.Count; i++)
            {
                var component = order.First(i);
                if (order.Size(i) == 1 && !DependsOnItself(component))
                {
                    _down[component] = DownAt(component, _ => null, level: 1, levels: 1);
                    continue;
                }

                Unroll(order.Members(i), inScc);
            }

            return _model.Entrypoints.Distinct(StringComparer.Ordinal)
                .Select(e => new KeyValuePair<string, FaultFormula>(e, _down[_index[e]]))
                .ToArray();
        }

        /// <summary>
        /// The least fixed point of a cycle: level 0 is all up (false); level j computes each member from level j-1
        /// of the members; the system is monotone in |SCC| boolean variables, so level |SCC| is the fixed point.
        /// </summary>
        private void Unroll(int[] scc, int[] inScc)
        {
            var mark = scc[0] + 1;
            foreach (var member in scc)
            {
                inScc[member] = mark;
            }

            var previous = scc.ToDictionary(m => m, _ => FaultFormula.False);
            for (var level = 1; level <= scc.Length; level++)
            {
                var current = new Dictionary<int, FaultFormula>(scc.Length);
                foreach (var member in scc)
                {
                    current[member] = DownAt(member, c => inScc[c] == mark ? previous[c] : null, level, scc.Length);
                }

                previous = current;
            }

            foreach (var member in scc)
            {
                _down[member] = previous[member];
            }
        }

        /// <summary>
        /// "Component down" = local k-of-n over its units OR an unmet hard dependency. <paramref name="inCycle"/> gives the
        /// previous level's formula for members of the cycle being unrolled, null for everything already built.
        /// </summary>
        private FaultFormula DownAt(int c, Func<int, FaultFormula?> inCycle, int level, int levels)
        {
            var component = _model.Components[c];
            var args = new List<FaultFormula> { _local[c] };
            for (var slot = 0; slot < component.DependsOn.Count; slot++)
            {
                var dependency = component.DependsOn[slot];
                if (dependency.Soft)
                {
                    continue;
                }

                var members = dependency.Members.Count == 1 ? dependency.Members : dependency.Members.Distinct(StringComparer.Ordinal).ToArray();
                var formulas = new List<FaultFormula>(members.Count);
                foreach (var member in members)
                {
                    var m = _index[member];
                    formulas.Add(inCycle(m) ?? _down[m]);
                }

                // Unmet when more members are down than it can spare.
                var failuresToBreak = members.Count - dependency.Required + 1;
                var name = OpenPsaNames.AtLevel(OpenPsaNames.Group(component.Name, slot), level, levels);
                args.Add(_factory.AtLeast(name, failuresToBreak, formulas));
            }

            return _factory.Or(OpenPsaNames.AtLevel(OpenPsaNames.Down(component.Name), level, levels), args);
        }

        /// <summary>Fewer than minHealthy units up (raised by capacity): at least n - k + 1 of the n units down.</summary>
        private FaultFormula LocalDown(Component component)
        {
            var units = PlacementUnits.Of(component, _model);
            var unitFormulas = new List<FaultFormula>(units.Length);
            for (var u = 0; u < units.Length; u++)
            {
                unitFormulas.Add(_factory.Or(OpenPsaNames.Unit(component.Name, u), UnitEvents(units[u])));
            }

            var local = OpenPsaNames.Down(component.Name) + "__local";
            var minHealthy = PlacementUnits.MinHealthy(component, _semantics);
            if (component.FailoverInterrupts && (_semantics & FailureSemantics.BeforeFailover) == 0 && (_semantics & FailureSemantics.WithFailoverGap) != 0)
            {
                // Also down while the primary is down and its standby has not taken over yet: a basic event of its own.
                var counted = _factory.AtLeast(local + "__count", units.Length - minHealthy + 1, unitFormulas);
                var gap = FaultFormula.Event(OpenPsaNames.FailoverGap(component.Name));
                var waiting = _factory.AtLeast(local + "__gap", 2, new[] { unitFormulas[0], gap });
                return _factory.Or(local, new[] { counted, waiting });
            }

            if ((_semantics & FailureSemantics.BeforeFailover) == 0 || !component.FailoverInterrupts)
            {
                return _factory.AtLeast(local, units.Length - minHealthy + 1, unitFormulas);
            }

            // Before a failover, the primary (the first unit) down is enough.
            var count = _factory.AtLeast(local + "__count", units.Length - minHealthy + 1, unitFormulas);
            return _factory.Or(local, new[] { count, unitFormulas[0] });
        }

        /// <summary>A unit is down when its instance, its zone, its region or one of its domains fails; a scoped unit has no instance.</summary>
        private List<FaultFormula> UnitEvents(PlacementUnit unit)
        {
            var events = new List<FaultFormula>(3 + unit.Domains.Count);
            if (unit.InstanceName != null)
            {
                events.Add(FaultFormula.Event(OpenPsaNames.BasicEvent(FailureEventKind.Instance, unit.InstanceName)));
            }

            if (unit.Zone != null)
            {
                events.Add(SharedEvent(FailureEventKind.Zone, unit.Zone));
            }

            if (unit.Region != null)
            {
                events.Add(SharedEvent(FailureEventKind.Region, unit.Region));
            }

            foreach (var domain in unit.Domains)
            {
                events.Add(SharedEvent(FailureEventKind.Domain, domain));
            }

            return events;
        }

        /// <summary>Zones, regions and domains hold many units: encode each name once.</summary>
        private FaultFormula SharedEvent(FailureEventKind kind, string name)
        {
            var key = (kind, name);
            if (!_events.TryGetValue(key, out var formula))
            {
                formula = FaultFormula.Event(OpenPsaNames.BasicEvent(kind, name));
                _events[key] = formula;
            }

            return formula;
        }

        private int[][] HardEdges() =>
            _model.Components
                .Select(c => c.DependsOn.Where(d => !d.Soft).SelectMany(d => d.Members).Select(m => _index[m]).Distinct().ToArray())
                .ToArray();

        private bool DependsOnItself(int c)
        {
            var component = _model.Components[c];
            return component.DependsOn.Any(d => !d.Soft && d.Members.Contains(component.Name, StringComparer.Ordinal));
        }
    }
}
