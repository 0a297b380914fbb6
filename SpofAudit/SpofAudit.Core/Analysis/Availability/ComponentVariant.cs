using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>A copy of a component with its placement or standby changed, everything else kept: what a candidate change is made of.</summary>
    internal static class ComponentVariant
    {
        public static Component With(Component c, IReadOnlyList<Instance>? instances = null, IReadOnlyList<string>? zones = null, Standby? standby = null, IReadOnlyList<Dependency>? dependsOn = null)
        {
            var newInstances = instances ?? c.Instances;
            var newZones = zones ?? c.Zones;
            var units = c.Scope == ComponentScope.Zonal ? newZones.Count : c.Scope == ComponentScope.None ? newInstances.Count : 1;

            // A majority quorum grows with the group; any other minimum stays as declared.
            var minHealthy = c.Quorum == QuorumRule.Majority ? units / 2 + 1 : c.MinHealthy;
            return new Component(
                c.Name, c.Kind, newInstances, minHealthy, c.Scope, c.Region, newZones, c.Domains, dependsOn ?? c.DependsOn, c.Owners,
                standby ?? c.Standby, c.Replication, c.Criticality, c.Availability, c.Tags, c.Location, c.Capacity, c.Quorum,
                c.Rto, c.Rpo, c.BackupEvery, c.DeclaredRole, c.Origin);
        }
    }
}
