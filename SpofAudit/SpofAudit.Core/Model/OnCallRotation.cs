using System;
using System.Collections.Generic;
using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// An on-call schedule as an export shows it over its window (a PagerDuty schedule's final schedule, an Opsgenie
    /// schedule's final timeline): who was on call, and when nobody was. A component's rotations come from the schedule
    /// exports given with the model, matched by its <c>oncall:</c> key or by name.
    /// </summary>
    public sealed class OnCallRotation
    {
        public OnCallRotation(
            string provider,
            string schedule,
            IReadOnlyList<string> people,
            IReadOnlyList<OnCallGap> gaps,
            double? uncoveredPercent,
            bool coverageKnown,
            SourceLocation source)
        {
            Provider = provider ?? throw new ArgumentNullException(nameof(provider));
            Schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
            People = people ?? throw new ArgumentNullException(nameof(people));
            Gaps = gaps ?? throw new ArgumentNullException(nameof(gaps));
            UncoveredPercent = uncoveredPercent;
            CoverageKnown = coverageKnown;
            Source = source;
        }

        /// <summary><c>PagerDuty</c> or <c>Opsgenie</c>.</summary>
        public string Provider { get; }

        /// <summary>The schedule's name in the provider.</summary>
        public string Schedule { get; }

        /// <summary>Everyone on call at some time in the window, in order of first shift, as the export names them.</summary>
        public IReadOnlyList<string> People { get; }

        /// <summary>The stretches of the window with nobody on call, in time order.</summary>
        public IReadOnlyList<OnCallGap> Gaps { get; }

        /// <summary>
        /// The share of the window nobody covers as the provider computed it (PagerDuty's <c>rendered_coverage_percentage</c>),
        /// which sees the edges of the window the entries alone do not; null when the export does not say.
        /// </summary>
        public double? UncoveredPercent { get; }

        /// <summary>False when the export shows who is in the rotation but not when (no rendered shifts): gaps unknown.</summary>
        public bool CoverageKnown { get; }

        /// <summary>Where the export names the schedule.</summary>
        public SourceLocation Source { get; }

        /// <summary>Whether the window has time with nobody on call.</summary>
        public bool HasGaps => Gaps.Count > 0 || UncoveredPercent > 0;

        /// <summary>E.g. <c>PagerDuty schedule 'Payments DB'</c>.</summary>
        public string Describe() => $"{Provider} schedule '{Schedule}'";

        public override string ToString() => Describe();
    }
}
