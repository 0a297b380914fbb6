using System;
using System.Collections.Generic;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>Auto Scaling lifecycle states (Amazon EC2 Auto Scaling User Guide, "Amazon EC2 Auto Scaling instance lifecycle").</summary>
    internal static class AutoScalingStates
    {
        /// <summary>Serving, or about to: the group counts these toward its desired capacity.</summary>
        public static readonly HashSet<string> Serving = new HashSet<string>(StringComparer.Ordinal)
        {
            "InService", "Pending", "Pending:Wait", "Pending:Proceed",
        };

        /// <summary>Leaving, gone, on standby or warm: no traffic.</summary>
        public static readonly HashSet<string> NotServing = new HashSet<string>(StringComparer.Ordinal)
        {
            "Quarantined", "Terminating", "Terminating:Wait", "Terminating:Proceed", "Terminated", "Detaching", "Detached",
            "EnteringStandby", "Standby", "Warmed:Pending", "Warmed:Pending:Wait", "Warmed:Pending:Proceed",
            "Warmed:Terminating", "Warmed:Terminating:Wait", "Warmed:Terminating:Proceed", "Warmed:Terminated",
            "Warmed:Stopped", "Warmed:Running", "Warmed:Hibernated",
        };
    }
}
