using System;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// What a report file says beyond its findings: when it was made, which severity fails a gate (JUnit
    /// failures), and the model itself when the face has it (the HTML diagram draws its dependencies).
    /// </summary>
    public sealed class ReportOptions
    {
        public ReportOptions(DateTimeOffset generatedAt, Severity? failOn = null, SpofModel? model = null, string? hostName = null)
        {
            GeneratedAt = generatedAt;
            FailOn = failOn;
            Model = model;
            HostName = string.IsNullOrEmpty(hostName) ? DefaultHostName() : hostName!;
        }

        public DateTimeOffset GeneratedAt { get; }

        /// <summary>The gate's threshold; without one every unsuppressed finding counts as a failure.</summary>
        public Severity? FailOn { get; }

        /// <summary>The analysed model, when available; renderers fall back to the findings' paths without it.</summary>
        public SpofModel? Model { get; }

        /// <summary>The machine the audit ran on (JUnit requires it).</summary>
        public string HostName { get; }

        /// <summary>Whether <paramref name="finding"/> fails the gate: unsuppressed and at or above the threshold.</summary>
        public bool Fails(Finding finding) => !finding.IsSuppressed && finding.Severity >= (FailOn ?? Severity.Info);

        private static string DefaultHostName()
        {
            try
            {
                return Environment.MachineName;
            }
            catch (InvalidOperationException)
            {
                return "localhost";
            }
        }
    }
}
