using SpofAudit.Analysis.Availability;
using SpofAudit.Model;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// The chance that one failure event is in effect at a given moment (its unavailability), used to rank double
    /// faults: an instance uses its component's <c>availability</c>, everything else the same documented defaults
    /// as the availability analysis (<see cref="AvailabilityAssumptions.Default"/>).
    /// </summary>
    internal static class EventLikelihood
    {
        public static double Of(InstanceEventCatalog events, int e, SpofModel model)
        {
            var assumed = AvailabilityAssumptions.Default;
            switch (events.KindOf(e))
            {
                case FailureEventKind.Instance:
                    return 1 - (model.Components[events.ComponentOf(e)].Availability ?? assumed.Instance);
                case FailureEventKind.Zone:
                    return 1 - assumed.Zone;
                case FailureEventKind.Region:
                    return 1 - assumed.Region;
                default:
                    return 1 - assumed.Domain;
            }
        }
    }
}
