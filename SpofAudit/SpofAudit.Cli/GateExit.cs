using System.Collections.Generic;
using SpofAudit.Findings;
using SpofAudit.Pipeline;

namespace SpofAudit.Cli
{
    /// <summary>The exit code of a gate's verdict, and the one line that says why a partial read did not pass.</summary>
    public static class GateExit
    {
        public static int Of(GateVerdict gate, Severity? failOn, IReadOnlyList<string> incompleteLines, StderrHost host)
        {
            switch (gate)
            {
                case GateVerdict.Failed:
                    return ExitCodes.FindingsAtThreshold;
                case GateVerdict.Incomplete:
                    var threshold = failOn?.ToString().ToLowerInvariant();
                    host.WriteError(
                        $"--fail-on {threshold} does not pass on an incomplete inventory ({string.Join("; ", incompleteLines)}): " +
                        "what was not read may be at or above it; grant the access, or pass --allow-incomplete to accept a partial read");
                    return ExitCodes.IncompleteInventory;
                default:
                    return ExitCodes.Success;
            }
        }
    }
}
