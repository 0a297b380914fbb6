using SpofAudit.Model;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// The chance that one failure event is in effect at a given moment (its unavailability), used to rank double
    /// faults. An instance uses its component's <c>availability</c>; the rest are the documented defaults
    /// (docs/analysis-depth.md): typical single-instance, zone and region figures of the large clouds.
    /// </summary>
    internal static class EventLikelihood
    {
        public const double DefaultInstanceAvailability = 0.999;
        public const double DefaultZoneAvailability = 0.9999;
        public const double DefaultRegionAvailability = 0.99999;
        public const double DefaultDomainAvailability = 0.9999;

        public static double Of(InstanceEventCatalog events, int e, SpofModel model)
        {
            switch (events.KindOf(e))
            {
                case FailureEventKind.Instance:
                    return 1 - (model.Components[events.ComponentOf(e)].Availability ?? DefaultInstanceAvailability);
                case FailureEventKind.Zone:
                    return 1 - DefaultZoneAvailability;
                case FailureEventKind.Region:
                    return 1 - DefaultRegionAvailability;
                default:
                    return 1 - DefaultDomainAvailability;
            }
        }
    }
}
