using System.Collections.Generic;
using System.Linq;
using SpofAudit.Findings;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// The findings of a report a reader asked to see (by <see cref="FindingFilter"/>), and how many were
    /// left out, so a summary never claims "no findings" when it only means "none selected".
    /// </summary>
    public sealed class ReportSelection
    {
        /// <param name="report">The report, already reduced to what is not in a baseline when one is used.</param>
        /// <param name="filter">The kinds and severities asked for; all when null.</param>
        /// <param name="inBaseline">How many findings a baseline already held and were left out of <paramref name="report"/>.</param>
        public ReportSelection(SpofReport report, FindingFilter? filter = null, int inBaseline = 0)
        {
            InBaseline = inBaseline;
            Report = report;
            Findings = filter == null ? report.Findings : filter.Apply(report.Findings).ToArray();
            NotSelected = report.Findings.Count - Findings.Count;
        }

        public SpofReport Report { get; }

        /// <summary>The selected findings, in the report's order (most severe first).</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>How many findings were left out because a baseline (<c>--baseline</c>) already held them.</summary>
        public int InBaseline { get; }

        /// <summary>How many findings the filter left out.</summary>
        public int NotSelected { get; }

        /// <summary>
        /// Whether any selected finding is at or above <paramref name="threshold"/>: what <c>--fail-on</c> tests.
        /// Accepted (suppressed) risks never fail a gate.
        /// </summary>
        public bool HasAtOrAbove(Severity threshold) => Findings.Any(f => !f.IsSuppressed && f.Severity >= threshold);
    }
}
