using System;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Which reading of "down" (docs/design.md §4) an evaluation uses. <see cref="Full"/> is the model as written. The others
    /// leave out one protection or one hazard, so that comparing them with <see cref="Full"/> tells what that
    /// protection buys: an event that is an outage only under capacity is a cascade, not a plain SPOF.
    /// </summary>
    [Flags]
    public enum FailureSemantics
    {
        /// <summary>Everything the model says: minHealthy raised by capacity.</summary>
        Full = 0,

        /// <summary>Survivors never overload: minHealthy as declared, capacity ignored.</summary>
        WithoutCapacity = 1,

        /// <summary>
        /// The moment before a failover: a component whose primary is covered only by a warm or cold standby or a
        /// manual failover (<see cref="Model.Component.FailoverInterrupts"/>) is down while its primary is down.
        /// </summary>
        BeforeFailover = 2,

        /// <summary>
        /// For availability: a component whose failover interrupts is also down while its primary is down and a
        /// "failover gap" event (<see cref="FaultTrees.OpenPsaNames.FailoverGap"/>) holds, the standby not having taken over yet.
        /// </summary>
        WithFailoverGap = 4,
    }
}
