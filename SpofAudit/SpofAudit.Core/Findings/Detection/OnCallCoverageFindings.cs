using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The on-call coverage findings: per component an entrypoint depends on, the rotations with fewer than two people or
    /// with gaps, and advice that fits what the export shows (a second member; the gap hours, naming the first gap).
    /// </summary>
    internal static class OnCallCoverageFindings
    {
        public static IReadOnlyList<Finding> Find(SpofModel model, EntrypointReach reach, FindingKind kind)
        {
            var findings = new List<Finding>();
            for (var i = 0; i < model.Components.Count; i++)
            {
                var component = model.Components[i];
                var lacking = component.OnCallRotations.Where(r => r.People.Count < 2 || r.HasGaps).ToArray();
                if (lacking.Length == 0)
                {
                    continue;
                }

                var (names, count, path) = reach.Of(i);
                var affects = NameList.Bounded(names, count);
                if (affects.Count == 0)
                {
                    continue;
                }

                // Every entrypoint counts, not only those a cut list names.
                var involved = reach.Criticalities(i);
                involved.Add(component.Criticality);
                findings.Add(new Finding(
                    kind,
                    SeverityRules.For(kind, involved),
                    component.Name,
                    TargetType.Component,
                    affects,
                    path,
                    new[] { component.Name },
                    string.Join(" ", lacking.Select(r => Advice(component.Name, r))),
                    model.Name,
                    FindingLocation.Of(model, TargetType.Component, component.Name, path)));
            }

            return findings;
        }

        /// <summary>What is wrong with one rotation, what to do, and where the export says so.</summary>
        public static string Advice(string component, OnCallRotation rotation)
        {
            var advice = new List<string>();
            var schedule = rotation.Describe();
            if (rotation.People.Count == 0)
            {
                advice.Add($"Nobody is on call for {component} in {schedule}: put at least two people on the rotation.");
            }
            else if (rotation.People.Count == 1)
            {
                var person = rotation.People[0];
                advice.Add($"{person} is alone on the {component} rotation ({schedule}): add a second member so someone else is paged when {person} is away.");
            }

            const string Fill = ": fill the gap hours with a layer or a second rotation.";
            if (rotation.UncoveredPercent > 0)
            {
                // The provider's share sees the window's edges too, which the shifts alone do not.
                var share = rotation.UncoveredPercent.Value.ToString("0.#", CultureInfo.InvariantCulture);
                var first = rotation.Gaps.Count > 0 ? $", the first gap between shifts {rotation.Gaps[0]}" : string.Empty;
                advice.Add($"{schedule} has nobody on call for {share}% of the export's window{first}{Fill}");
            }
            else if (rotation.Gaps.Count > 0)
            {
                var total = rotation.Gaps.Aggregate(System.TimeSpan.Zero, (sum, gap) => sum + gap.Duration);
                var count = rotation.Gaps.Count == 1 ? "once" : $"{rotation.Gaps.Count} times";
                advice.Add($"{schedule} has nobody on call {count} ({Duration.Format(total)} in all), first {rotation.Gaps[0]}{Fill}");
            }

            return string.Join(" ", advice) + $" Evidence: {schedule} at {rotation.Source}.";
        }
    }
}
