using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis.FaultTrees;
using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// Every basic event of the model's fault tree (named as <see cref="OpenPsaNames"/> names them), with what it is
    /// and its failure probability under the assumptions: 1 − the component's <c>availability</c> for its instances,
    /// 1 − the assumed availability for the rest.
    /// </summary>
    internal sealed class BasicEventCatalog
    {
        private readonly Dictionary<string, BasicEventInfo> _events = new Dictionary<string, BasicEventInfo>(System.StringComparer.Ordinal);

        public BasicEventCatalog(SpofModel model, AvailabilityAssumptions assumptions)
        {
            foreach (var component in model.Components)
            {
                var failure = Complement(component.Availability ?? assumptions.Instance);
                foreach (var instance in component.Instances)
                {
                    Add(OpenPsaNames.BasicEvent(FailureEventKind.Instance, instance.Name), AvailabilityEventKind.Instance, instance.Name, component.Name, failure);
                }

                if (component.FailoverInterrupts)
                {
                    Add(OpenPsaNames.FailoverGap(component.Name), AvailabilityEventKind.Failover, component.Name, component.Name, Complement(assumptions.Failover));
                }
            }

            foreach (var zone in model.Zones)
            {
                Add(OpenPsaNames.BasicEvent(FailureEventKind.Zone, zone), AvailabilityEventKind.Zone, zone, null, Complement(assumptions.Zone));
            }

            foreach (var region in model.RegionNames)
            {
                Add(OpenPsaNames.BasicEvent(FailureEventKind.Region, region), AvailabilityEventKind.Region, region, null, Complement(assumptions.Region));
            }

            foreach (var domain in model.DomainNames)
            {
                Add(OpenPsaNames.BasicEvent(FailureEventKind.Domain, domain), AvailabilityEventKind.Domain, domain, null, Complement(assumptions.Domain));
            }
        }

        public BasicEventInfo this[string eventName] => _events[eventName];

        /// <summary>Failure probability by basic-event name, as the Open-PSA export takes it.</summary>
        public IReadOnlyDictionary<string, double> FailureProbabilities() => _events.ToDictionary(e => e.Key, e => e.Value.Failure, System.StringComparer.Ordinal);

        /// <summary>1 − availability in decimal, so 0.9999 gives 0.0001 and not 9.999999999998899E-05 in the output.</summary>
        private static double Complement(double availability) => (double)(1m - (decimal)availability);

        private void Add(string eventName, AvailabilityEventKind kind, string name, string? component, double failure) =>
            _events[eventName] = new BasicEventInfo(kind, name, component, failure);
    }
}
