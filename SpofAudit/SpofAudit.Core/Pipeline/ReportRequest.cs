using System;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Rendering;

namespace SpofAudit.Pipeline
{
    /// <summary>What a face asks of <see cref="ReportPipeline"/>: each step's settings, bound from its parameters or options.</summary>
    public sealed class ReportRequest
    {
        /// <summary>Depth (1, or 2 for double faults) and the top-N of double faults.</summary>
        public AnalysisOptions Analysis { get; set; } = AnalysisOptions.Default;

        /// <summary>An accepted-risk (suppression) YAML file, already resolved to a file system path; null for none.</summary>
        public string? AcceptedRisksFile { get; set; }

        /// <summary>A JSON report of an earlier run, resolved to a file system path: keep only what it does not hold; null for none.</summary>
        public string? BaselineFile { get; set; }

        /// <summary>Which kinds and severities are selected.</summary>
        public FindingFilter Filter { get; set; } = new FindingFilter();

        /// <summary>The format <see cref="ReportOutcome.Render"/> writes.</summary>
        public ReportFormat Format { get; set; } = ReportFormat.Table;

        /// <summary>The gate: an unaccepted selected finding at or above it fails; null for no gate.</summary>
        public Severity? FailOn { get; set; }

        /// <summary>
        /// Let the gate pass on an incomplete inventory: without it, a partial read that holds nothing at or above
        /// <see cref="FailOn"/> gives <see cref="GateVerdict.Incomplete"/>, never <see cref="GateVerdict.Passed"/>.
        /// </summary>
        public bool AllowIncomplete { get; set; }

        /// <summary>The day accepted risks are checked against for expiry.</summary>
        public DateTime Today { get; set; } = DateTime.Today;

        /// <summary>The time the rendered report says it was made.</summary>
        public DateTimeOffset GeneratedAt { get; set; } = DateTimeOffset.Now;
    }
}
