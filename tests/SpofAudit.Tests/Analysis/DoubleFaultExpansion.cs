using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Tests.Analysis
{
    /// <summary>
    /// A double fault back as the pairs of single events it stands for: a group of interchangeable instances is each
    /// of its instances, and a group paired with itself every two of them; so the findings compare with brute force
    /// and SCRAM, which know only single instances.
    /// </summary>
    internal static class DoubleFaultExpansion
    {
        public static IEnumerable<(FailureEvent First, FailureEvent Second)> EventPairs(SpofModel model, Finding finding)
        {
            var pair = finding.Pair!;
            if (pair.IsTwoOfOneGroup)
            {
                var group = pair.FirstInstances;
                for (var i = 0; i < group.Count; i++)
                {
                    for (var j = i + 1; j < group.Count; j++)
                    {
                        yield return (Instance(group[i]), Instance(group[j]));
                    }
                }

                yield break;
            }

            foreach (var first in Side(model, pair.First, pair.FirstInstances))
            {
                foreach (var second in Side(model, pair.Second, pair.SecondInstances))
                {
                    yield return (first, second);
                }
            }
        }

        /// <summary>"a + b" with the names in ordinal order, as the finding target of one pair of single events.</summary>
        public static IEnumerable<string> Targets(SpofModel model, Finding finding) =>
            EventPairs(model, finding).Select(p => string.Join(" + ", new[] { p.First.Name, p.Second.Name }.OrderBy(n => n, System.StringComparer.Ordinal)));

        /// <summary>One pair of single events the finding stands for: what its path is checked against.</summary>
        public static FailureEvent[] Representative(SpofModel model, Finding finding)
        {
            var (first, second) = EventPairs(model, finding).First();
            return new[] { first, second };
        }

        private static IEnumerable<FailureEvent> Side(SpofModel model, string name, IReadOnlyList<string> instances) =>
            instances.Count > 0 ? instances.Select(Instance) : new[] { FindingPathChecker.NamedEvent(model, name) };

        private static FailureEvent Instance(string name) => new FailureEvent(FailureEventKind.Instance, name);
    }
}
