using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Compares two reports finding by finding, matched by stable id (<c>Kind/target</c>), so reordering or
    /// unrelated edits of the input never show as changes. The witness path and the recommendation's wording
    /// are not compared: an unrelated edit can pick another equally valid path.
    /// </summary>
    public static class ReportComparer
    {
        public static IReadOnlyList<FindingChange> Compare(IReadOnlyList<Finding> reference, IReadOnlyList<Finding> difference)
        {
            var older = Index(reference);
            var newer = Index(difference);
            var changes = new List<FindingChange>(older.Count + newer.Count);
            foreach (var finding in newer.Values)
            {
                if (!older.TryGetValue(finding.Id, out var before))
                {
                    changes.Add(new FindingChange(FindingChangeKind.New, null, finding, Array.Empty<string>()));
                    continue;
                }

                var differences = Differences(before, finding);
                changes.Add(new FindingChange(differences.Count == 0 ? FindingChangeKind.Unchanged : FindingChangeKind.Changed, before, finding, differences));
            }

            foreach (var finding in older.Values.Where(f => !newer.ContainsKey(f.Id)))
            {
                changes.Add(new FindingChange(FindingChangeKind.Resolved, finding, null, Array.Empty<string>()));
            }

            return changes
                .OrderBy(c => c.Change)
                .ThenByDescending(c => c.Severity)
                .ThenBy(c => c.Kind)
                .ThenBy(c => c.Target, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>
        /// The findings of <paramref name="current"/> a baseline does not already hold: new ones, those whose
        /// severity rose, and those the baseline had accepted that are accepted no longer (the same rule as
        /// <see cref="IsRegression(FindingChange, Severity)"/>). What <c>--baseline</c> reports and gates on.
        /// </summary>
        public static IReadOnlyList<Finding> NotInBaseline(IReadOnlyList<Finding> current, IReadOnlyList<Finding> baseline)
        {
            var known = Index(baseline);
            return current.Where(f => !known.TryGetValue(f.Id, out var before) || Worsened(before, f)).ToArray();
        }

        /// <summary>Whether a change should fail a gate at <paramref name="threshold"/>: new or worse, not accepted, at or above it.</summary>
        public static bool IsRegression(FindingChange change, Severity threshold) =>
            change.Difference is { } now && !now.IsSuppressed && now.Severity >= threshold &&
            (change.Change == FindingChangeKind.New || (change.Change == FindingChangeKind.Changed && Worsened(change.Reference!, now)));

        /// <summary>Whether a truck factor change should fail a gate at <paramref name="threshold"/> (<see cref="TruckFactorComparer.IsRegression"/>), so one call filters both kinds of change.</summary>
        public static bool IsRegression(TruckFactorChange change, Severity threshold) => TruckFactorComparer.IsRegression(change, threshold);

        /// <summary>The same finding got worse since <paramref name="before"/>: more severe, or accepted then and not now.</summary>
        private static bool Worsened(Finding before, Finding now) =>
            now.Severity > before.Severity || (before.IsSuppressed && !now.IsSuppressed);

        private static Dictionary<string, Finding> Index(IReadOnlyList<Finding> findings)
        {
            var index = new Dictionary<string, Finding>(findings.Count, StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                // Ids are unique within one report; a hand-merged file keeps its first entry.
                if (!index.ContainsKey(finding.Id))
                {
                    index[finding.Id] = finding;
                }
            }

            return index;
        }

        private static List<string> Differences(Finding before, Finding after)
        {
            var differences = new List<string>();
            if (before.Severity != after.Severity)
            {
                differences.Add(nameof(Finding.Severity));
            }

            if (before.TargetType != after.TargetType)
            {
                differences.Add(nameof(Finding.TargetType));
            }

            // A list cut at its first names is the same when those names and its count are.
            if (before.AffectsCount != after.AffectsCount || !before.Affects.SequenceEqual(after.Affects, StringComparer.Ordinal))
            {
                differences.Add(nameof(Finding.Affects));
            }

            if (before.ComponentCount != after.ComponentCount || !before.Components.OrderBy(c => c, StringComparer.Ordinal).SequenceEqual(after.Components.OrderBy(c => c, StringComparer.Ordinal), StringComparer.Ordinal))
            {
                differences.Add(nameof(Finding.Components));
            }

            if (before.IsSuppressed != after.IsSuppressed)
            {
                differences.Add("Suppressed");
            }

            return differences;
        }
    }
}
