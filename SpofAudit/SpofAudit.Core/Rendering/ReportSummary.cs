using System.Linq;
using SpofAudit.Findings;

namespace SpofAudit.Rendering
{
    /// <summary>The one-line verdict under a table: "4 findings in web-tier: 2 High, 1 Medium, 1 Low".</summary>
    public static class ReportSummary
    {
        public static string Describe(ReportSelection selection)
        {
            var model = selection.Report.Model;
            var findings = selection.Findings;
            if (findings.Count == 0 && selection.InBaseline > 0)
            {
                return $"No new findings in {model}: all {selection.InBaseline} are in the baseline.";
            }

            if (findings.Count == 0)
            {
                return selection.NotSelected == 0
                    ? $"No findings in {model}: no single point of failure found."
                    : $"No findings in {model} match the selection ({selection.NotSelected} not selected).";
            }

            // Most severe first, and only the severities that occur.
            var counts = findings
                .GroupBy(f => f.Severity)
                .OrderByDescending(g => g.Key)
                .Select(g => $"{g.Count()} {g.Key}");
            var line = $"{Plural(findings.Count, "finding")} in {model}: {string.Join(", ", counts)}";
            var accepted = findings.Count(f => f.IsSuppressed);
            if (accepted > 0)
            {
                line += $"; {accepted} accepted as known risk{(accepted == 1 ? string.Empty : "s")}";
            }

            if (selection.InBaseline > 0)
            {
                line += $"; {selection.InBaseline} more already in the baseline";
            }

            return selection.NotSelected == 0 ? line : $"{line} ({selection.NotSelected} more not selected)";
        }

        internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
    }
}
