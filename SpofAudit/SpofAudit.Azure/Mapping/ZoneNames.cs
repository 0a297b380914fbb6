using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// Region-qualified zone names and the region map. Azure numbers zones per region ("1", "2", "3"), so zone
    /// "1" of westeurope becomes <c>westeurope-1</c>. A resource that is not zonal still lives in one datacenter
    /// Azure does not disclose; it gets the region's pseudo-zone <c>westeurope-nozone</c>, so its zone's failure is
    /// a risk the report can name (conservatively: two such resources may in fact sit in different zones).
    /// </summary>
    internal sealed class ZoneNames
    {
        private readonly SortedSet<string> _undisclosed = new SortedSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, SortedSet<string>> _regions = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);

        /// <summary>The zone "1" of a region as a model zone, recorded in the region map.</summary>
        public string Zone(string region, string azureZone) => Use(region, $"{region}-{azureZone}");

        /// <summary>The region's pseudo-zone for resources placed in a zone Azure does not disclose.</summary>
        public string Unzoned(string region)
        {
            var zone = Use(region, UnplacedZone.Of(region));
            _undisclosed.Add(zone);
            return zone;
        }

        /// <summary>The zones a resource was pinned to, or the region's pseudo-zone when it has none.</summary>
        public IReadOnlyList<string> ZonesOrUnzoned(string region, IReadOnlyList<string> azureZones) =>
            azureZones.Count == 0 ? new[] { Unzoned(region) } : azureZones.OrderBy(z => z, StringComparer.Ordinal).Select(z => Zone(region, z)).ToArray();

        /// <summary>The three zones a zone-redundant service spreads over.</summary>
        public IReadOnlyList<string> AllZones(string region) => new[] { Zone(region, "1"), Zone(region, "2"), Zone(region, "3") };

        /// <summary>Declares every region with the zones used in it, and which of them stand for a zone Azure does not disclose.</summary>
        public void AddTo(ModelBuilder builder)
        {
            foreach (var zone in _undisclosed)
            {
                builder.MarkZoneUndisclosed(zone);
            }

            foreach (var region in _regions.OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                builder.AddRegion(new NameReference(region.Key), region.Value.Select(z => new NameReference(z)).ToArray());
            }
        }

        private string Use(string region, string zone)
        {
            if (!_regions.TryGetValue(region, out var zones))
            {
                zones = new SortedSet<string>(StringComparer.Ordinal);
                _regions.Add(region, zones);
            }

            zones.Add(zone);
            return zone;
        }
    }
}
