using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// Truck factors and knowledge concentrations found the slow way: make every subset of the model's people absent at
    /// once with <see cref="ScenarioEvaluator"/> and see which entrypoints are left needing a component nobody can operate
    /// (degraded). An entrypoint's truck factor is the size of the smallest subset that does that to it; a subset of two or
    /// three people is a knowledge concentration for the entrypoints it does that to and none of its parts does.
    /// </summary>
    internal static class BruteForceTruckFactors
    {
        /// <summary>Beyond this many people 2^n scenarios get slow; random models have at most six.</summary>
        private const int MaxPeople = 12;

        public static Dictionary<string, int?> TruckFactors(SpofModel model)
        {
            var (people, hit) = Absences(model);
            var factors = new Dictionary<string, int?>(StringComparer.Ordinal);
            foreach (var entrypoint in Entrypoints(model))
            {
                int? smallest = null;
                for (var mask = 1; mask < 1 << people.Length; mask++)
                {
                    if (hit[mask].Contains(entrypoint) && (smallest == null || Count(mask) < smallest))
                    {
                        smallest = Count(mask);
                    }
                }

                factors[entrypoint] = smallest;
            }

            return factors;
        }

        /// <summary>Each minimal set of two or three people: its target ("a+b"), the entrypoints it is minimal for, and its components.</summary>
        public static List<(ExpectedFinding Finding, string Components)> KnowledgeConcentrations(SpofModel model)
        {
            var (people, hit) = Absences(model);
            var result = new List<(ExpectedFinding, string)>();
            for (var mask = 1; mask < 1 << people.Length; mask++)
            {
                var size = Count(mask);
                if (size < 2 || size > 3)
                {
                    continue;
                }

                var affects = hit[mask].Where(e => Bits(mask).All(bit => !hit[mask & ~bit].Contains(e))).ToArray();
                if (affects.Length == 0)
                {
                    continue;
                }

                var absent = people.Where((_, i) => (mask & (1 << i)) != 0).OrderBy(p => p, StringComparer.Ordinal).ToArray();
                var reachable = new HashSet<string>(affects.SelectMany(e => HardReach(model, e)), StringComparer.Ordinal);
                var components = model.Components
                    .Where(c => reachable.Contains(c.Name) && c.Owners.Count > 0 && model.OwnersOf(c).OrderBy(p => p, StringComparer.Ordinal).SequenceEqual(absent))
                    .Select(c => c.Name);
                result.Add((new ExpectedFinding(FindingKind.Parse("KnowledgeConcentration"), string.Join("+", absent), TargetType.People, ExpectedFinding.Join(affects)),
                    ExpectedFinding.Join(components)));
            }

            return result;
        }

        /// <summary>Everyone who can be absent, and for each subset (a bit mask over them) the entrypoints it leaves degraded.</summary>
        private static (string[] People, HashSet<string>[] Hit) Absences(SpofModel model)
        {
            var people = model.People.Select(p => p.Name).Concat(model.Components.SelectMany(model.OwnersOf)).Distinct(StringComparer.Ordinal).ToArray();
            if (people.Length > MaxPeople)
            {
                throw new InvalidOperationException($"{people.Length} people: too many for the brute force");
            }

            var evaluator = new ScenarioEvaluator();
            var entrypoints = Entrypoints(model);
            var hit = new HashSet<string>[1 << people.Length];
            for (var mask = 0; mask < hit.Length; mask++)
            {
                var absent = people.Where((_, i) => (mask & (1 << i)) != 0).Select(p => new FailureEvent(FailureEventKind.Person, p)).ToArray();
                var scenario = evaluator.Evaluate(model, absent);
                hit[mask] = new HashSet<string>(entrypoints.Where(e => scenario.StatusOf(e) != HealthStatus.Up), StringComparer.Ordinal);
            }

            return (people, hit);
        }

        /// <summary>The components reached from <paramref name="start"/> through hard dependencies (any member of a group), itself included.</summary>
        private static HashSet<string> HardReach(SpofModel model, string start)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            var pending = new Stack<string>(seen);
            while (pending.Count > 0)
            {
                foreach (var member in model.FindComponent(pending.Pop())!.DependsOn.Where(d => !d.Soft).SelectMany(d => d.Members))
                {
                    if (model.FindComponent(member) != null && seen.Add(member))
                    {
                        pending.Push(member);
                    }
                }
            }

            return seen;
        }

        private static string[] Entrypoints(SpofModel model) => model.Entrypoints.Distinct(StringComparer.Ordinal).ToArray();

        private static int Count(int mask) => Bits(mask).Count();

        private static IEnumerable<int> Bits(int mask)
        {
            for (var bit = 1; bit <= mask; bit <<= 1)
            {
                if ((mask & bit) != 0)
                {
                    yield return bit;
                }
            }
        }
    }
}
