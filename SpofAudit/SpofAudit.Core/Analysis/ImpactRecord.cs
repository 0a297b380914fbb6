using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// One component's state in a what-if and why: the chain of dependencies from it to the failure that
    /// explains it, and that failure in words. What <c>Get-SpofImpact</c> writes for each entrypoint.
    /// </summary>
    public sealed class ImpactRecord
    {
        public ImpactRecord(string component, bool isEntrypoint, HealthStatus status, IReadOnlyList<string> chain, string reason, string model)
        {
            Component = component;
            IsEntrypoint = isEntrypoint;
            Status = status;
            Chain = chain;
            Reason = reason;
            Model = model;
        }

        public string Component { get; }
        public bool IsEntrypoint { get; }
        public HealthStatus Status { get; }

        /// <summary>From this component down to the one whose own failure explains the status; empty when Up.</summary>
        public IReadOnlyList<string> Chain { get; }

        /// <summary>The root cause in words, e.g. "zone us-east-1a failed: 2 of 2 instances down, needs 1".</summary>
        public string Reason { get; }

        public string Model { get; }

        public override string ToString() => $"{Component}: {Status}";
    }
}
