using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Model
{
    /// <summary>
    /// Merges an overlay's entry for a component into the component a source already discovered (a live cloud
    /// account knows placement; a hand-written overlay knows what the APIs cannot see). Dependencies, owners and
    /// domains are appended; kind, criticality, minHealthy, standby, replication and availability replace the
    /// discovered ones when the overlay sets them; tags are merged. Placement (instances, zones, scope, region)
    /// belongs to the discovery: an overlay that sets it gets an <c>OverlayConflict</c> error.
    /// </summary>
    internal static class ComponentOverlay
    {
        public static void Extend(ComponentSpec discovered, ComponentSpec overlay, DiagnosticList diagnostics)
        {
            if (overlay.Instances != null || overlay.InstanceCount != null || overlay.Zones.Count > 0
                || overlay.Scope != ComponentScope.None || overlay.Region != null)
            {
                diagnostics.Add(
                    DiagnosticCodes.OverlayConflict,
                    overlay.Location,
                    $"component '{overlay.Name}' was discovered at {discovered.Location}; an overlay may add dependsOn, owners, domains, kind, criticality, minHealthy, standby, replication, availability and tags to it, not instances, zones, scope or region",
                    "remove the placement keys, or give the overlay component another name");
                return;
            }

            discovered.Origin = discovered.Origin.WithFile(overlay.Origin.File);
            discovered.DependsOn = discovered.DependsOn.Concat(overlay.DependsOn).ToArray();
            discovered.Owners = discovered.Owners.Concat(overlay.Owners).ToArray();
            discovered.Domains = discovered.Domains.Concat(overlay.Domains).ToArray();
            discovered.Kind = overlay.Kind ?? discovered.Kind;
            discovered.Criticality = overlay.Criticality ?? discovered.Criticality;
            if (overlay.MinHealthy != null)
            {
                discovered.MinHealthy = overlay.MinHealthy;
                discovered.MinHealthyLocation = overlay.MinHealthyLocation ?? overlay.Location;
            }

            discovered.Standby = overlay.Standby ?? discovered.Standby;
            discovered.Replication = overlay.Replication != ReplicationMode.None ? overlay.Replication : discovered.Replication;
            if (overlay.Availability != null)
            {
                discovered.Availability = overlay.Availability;
                discovered.AvailabilityLocation = overlay.AvailabilityLocation;
            }

            if (overlay.Tags.Count > 0)
            {
                var tags = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var tag in discovered.Tags.Concat(overlay.Tags))
                {
                    tags[tag.Key] = tag.Value;
                }

                discovered.Tags = tags;
            }
        }
    }
}
