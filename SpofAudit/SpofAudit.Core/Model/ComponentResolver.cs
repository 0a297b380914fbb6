using System;
using System.Collections.Generic;
using System.Linq;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// Resolves one <see cref="ComponentSpec"/> into a <see cref="Component"/>: instances named and placed,
    /// regions derived from the zone map, scope and <c>minHealthy</c> checked. References to other components,
    /// people and teams are checked by <see cref="ModelValidator"/>. See <see cref="ModelBuilder"/> for the rules.
    /// </summary>
    internal sealed class ComponentResolver
    {
        private readonly Dictionary<string, string> _zoneRegions;
        private readonly bool _hasRegionMap;
        private readonly int _maxInstances;
        private readonly DiagnosticList _diagnostics;
        private readonly Dictionary<string, (string Component, SourceLocation Location)> _instanceNames;

        // expectedInstances sizes the instance-name index once (growing it rehashes every name).
        public ComponentResolver(Dictionary<string, string> zoneRegions, bool hasRegionMap, int maxInstances, DiagnosticList diagnostics, int expectedInstances = 0)
        {
            _zoneRegions = zoneRegions;
            _hasRegionMap = hasRegionMap;
            _maxInstances = maxInstances;
            _diagnostics = diagnostics;
            _instanceNames = new Dictionary<string, (string Component, SourceLocation Location)>(
                Math.Max(0, Math.Min(expectedInstances, maxInstances)), StringComparer.Ordinal);
        }

        /// <summary>The resolved component, or null when it has errors (they are added to the diagnostics).</summary>
        public Component? Resolve(ComponentSpec spec)
        {
            var errors = _diagnostics.Count;
            var zones = CheckZones(spec);
            var region = ResolveComponentRegion(spec, zones);
            var domains = Distinct(NamesOf(spec.Domains));
            var instances = spec.Scope == ComponentScope.None
                ? ResolveInstances(spec, zones, region, domains)
                : CheckNoInstances(spec);
            var units = spec.Scope switch
            {
                ComponentScope.None => instances.Count,
                ComponentScope.Zonal => zones.Count,
                _ => 1,
            };
            var minHealthy = spec.Quorum == QuorumRule.Majority ? MajorityOf(spec, units) : CheckMinHealthy(spec, units);
            CheckCapacity(spec, units);
            CheckAvailability(spec);
            if (_diagnostics.Count > errors)
            {
                return null;
            }

            var dependencies = new Dependency[spec.DependsOn.Count];
            for (var i = 0; i < dependencies.Length; i++)
            {
                var d = spec.DependsOn[i];
                dependencies[i] = new Dependency(d.Form, NamesOf(d.Members), d.Required, d.Soft, d.Location ?? spec.Location);
            }

            return new Component(
                spec.Name,
                spec.Kind,
                instances,
                minHealthy,
                spec.Scope,
                region,
                zones,
                domains,
                dependencies,
                NamesOf(spec.Owners),
                spec.Standby,
                spec.Replication,
                spec.Criticality,
                spec.Availability,
                spec.Tags,
                spec.Location,
                spec.Capacity,
                spec.Quorum,
                spec.Rto,
                spec.Rpo,
                spec.BackupEvery,
                spec.Role,
                spec.Origin,
                spec.Code,
                spec.Evidence,
                spec.OnCallRotations);
        }

        private IReadOnlyList<string> CheckZones(ComponentSpec spec)
        {
            if (spec.Zones.Count == 0)
            {
                return Array.Empty<string>();
            }

            var zones = new string[spec.Zones.Count];
            var count = 0;
            for (var i = 0; i < zones.Length; i++)
            {
                var zone = spec.Zones[i];
                // Zone lists are short: a scan is cheaper than a hash set per component.
                if (Array.IndexOf(zones, zone.Name, 0, count) >= 0)
                {
                    _diagnostics.Add(DiagnosticCodes.DuplicateZone, At(zone, spec), $"zone '{zone.Name}' is listed twice in the zones of component '{spec.Name}'");
                    continue;
                }

                zones[count++] = zone.Name;
                CheckZoneIsMapped(zone, spec);
            }

            if (count < zones.Length)
            {
                Array.Resize(ref zones, count);
            }

            return zones;
        }

        private void CheckZoneIsMapped(NameReference zone, ComponentSpec spec)
        {
            if (_hasRegionMap && !_zoneRegions.ContainsKey(zone.Name))
            {
                _diagnostics.Add(
                    DiagnosticCodes.UnknownZone,
                    At(zone, spec),
                    $"zone '{zone.Name}' of component '{spec.Name}' is not listed in 'regions'",
                    _diagnostics.Suggest(zone.Name, _zoneRegions.Keys));
            }
        }

        /// <summary>The declared region, checked against the zones; for a regional service also derived from them.</summary>
        private string? ResolveComponentRegion(ComponentSpec spec, IReadOnlyList<string> zones)
        {
            if (zones.Count == 0 && spec.Scope != ComponentScope.Regional)
            {
                return spec.Region?.Name;
            }

            // Usually every zone is in the component's one region: collect distinct regions without a list per component.
            string? firstRegion = null;
            List<string>? zoneRegions = null;
            foreach (var zone in zones)
            {
                var mapped = RegionOf(zone);
                if (mapped == null || mapped == firstRegion || (zoneRegions != null && zoneRegions.Contains(mapped)))
                {
                    continue;
                }

                if (firstRegion == null)
                {
                    firstRegion = mapped;
                }
                else
                {
                    zoneRegions ??= new List<string>(2) { firstRegion };
                    zoneRegions.Add(mapped);
                }
            }

            var regionCount = zoneRegions?.Count ?? (firstRegion == null ? 0 : 1);
            if (spec.Region is NameReference region)
            {
                if (regionCount > 1 || (firstRegion != null && firstRegion != region.Name))
                {
                    var conflicting = (zoneRegions ?? new List<string>(1) { firstRegion! }).Where(r => r != region.Name).ToArray();
                    _diagnostics.Add(
                        DiagnosticCodes.RegionConflict,
                        At(region, spec),
                        $"component '{spec.Name}' says region '{region.Name}' but its zones are in region {Quoted(conflicting)} according to 'regions'");
                }

                return region.Name;
            }

            if (spec.Scope != ComponentScope.Regional)
            {
                return null;
            }

            if (regionCount == 1)
            {
                return firstRegion;
            }

            if (regionCount > 1)
            {
                _diagnostics.Add(
                    DiagnosticCodes.RegionConflict,
                    spec.ScopeLocation ?? spec.Location,
                    $"regional component '{spec.Name}' has zones in several regions ({Quoted(zoneRegions!)}); give it one 'region'");
            }
            else
            {
                _diagnostics.Add(
                    DiagnosticCodes.MissingRegion,
                    spec.ScopeLocation ?? spec.Location,
                    $"regional component '{spec.Name}' needs a 'region' (or 'zones' listed in 'regions')");
            }

            return null;
        }

        private IReadOnlyList<Instance> CheckNoInstances(ComponentSpec spec)
        {
            var scope = spec.Scope.ToString().ToLowerInvariant();
            if (spec.Instances != null || spec.InstanceCount != null)
            {
                _diagnostics.Add(
                    DiagnosticCodes.ScopeConflict,
                    spec.InstancesLocation ?? spec.Location,
                    $"component '{spec.Name}' has scope {scope} and so no instances of its own; remove 'instances' or 'scope'");
            }

            if (spec.Scope == ComponentScope.Zonal && spec.Zones.Count == 0)
            {
                _diagnostics.Add(
                    DiagnosticCodes.MissingZones,
                    spec.ScopeLocation ?? spec.Location,
                    $"zonal component '{spec.Name}' needs at least one zone in 'zones'");
            }

            return Array.Empty<Instance>();
        }

        private IReadOnlyList<Instance> ResolveInstances(ComponentSpec spec, IReadOnlyList<string> zones, string? region, IReadOnlyList<string> domains)
        {
            var where = spec.InstancesLocation ?? spec.Location;
            if (spec.Instances != null && spec.InstanceCount != null)
            {
                _diagnostics.Add(DiagnosticCodes.InvalidValue, where, $"component '{spec.Name}' gives instances both as a count and as a list");
                return Array.Empty<Instance>();
            }

            var count = spec.Instances?.Count ?? spec.InstanceCount ?? 1;
            if (count < 1)
            {
                var what = spec.Instances != null ? "an empty list" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _diagnostics.Add(DiagnosticCodes.InvalidValue, where, $"'instances' of component '{spec.Name}' must be at least 1, found {what}");
                return Array.Empty<Instance>();
            }

            if (count > _maxInstances - _instanceNames.Count)
            {
                _diagnostics.Add(
                    DiagnosticCodes.TooManyInstances,
                    where,
                    $"component '{spec.Name}' has {count} instances; the model may hold at most {_maxInstances} instances in total");
                return Array.Empty<Instance>();
            }

            return spec.Instances != null
                ? ResolveListed(spec, spec.Instances, zones, domains)
                : Generate(spec, count, zones, region, domains, where);
        }

        private IReadOnlyList<Instance> Generate(ComponentSpec spec, int count, IReadOnlyList<string> zones, string? region, IReadOnlyList<string> domains, SourceLocation where)
        {
            var instances = new Instance[count];
            for (var i = 0; i < count; i++)
            {
                var zone = zones.Count > 0 ? zones[i % zones.Count] : null;
                var name = spec.Name + "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                instances[i] = new Instance(name, zone, RegionOf(zone) ?? region, domains, where);
                Register(name, spec, where);
            }

            return instances;
        }

        private IReadOnlyList<Instance> ResolveListed(ComponentSpec spec, IReadOnlyList<InstanceSpec> listed, IReadOnlyList<string> zones, IReadOnlyList<string> domains)
        {
            var instances = new Instance[listed.Count];
            HashSet<string>? componentZones = null;
            for (var i = 0; i < listed.Count; i++)
            {
                var item = listed[i];
                var where = item.Location ?? spec.InstancesLocation ?? spec.Location;
                var zone = item.Zone?.Name ?? (zones.Count > 0 ? zones[i % zones.Count] : null);
                if (item.Zone is NameReference listedZone && zones.Count > 0)
                {
                    // Zone lists are short: scan them, and only hash a long one.
                    if (zones.Count > 16)
                    {
                        componentZones ??= new HashSet<string>(zones, StringComparer.Ordinal);
                    }

                    if (componentZones != null ? !componentZones.Contains(listedZone.Name) : !Contains(zones, listedZone.Name))
                    {
                        _diagnostics.Add(
                            DiagnosticCodes.UnknownZone,
                            listedZone.Location ?? where,
                            $"zone '{listedZone.Name}' of instance '{item.Name}' is not one of the zones of component '{spec.Name}' ({Quoted(zones)})",
                            _diagnostics.Suggest(listedZone.Name, zones));
                    }
                }
                else if (item.Zone is NameReference ownZone)
                {
                    CheckZoneIsMapped(ownZone, spec);
                }

                var region = ResolveInstanceRegion(spec, item, zone, where);
                var own = item.Domains.Count == 0 ? domains : Combine(domains, item.Domains);
                instances[i] = new Instance(item.Name, zone, region, own, where);
                if (item.Name.Length == 0)
                {
                    _diagnostics.Add(DiagnosticCodes.InvalidValue, where, $"an instance of component '{spec.Name}' needs a non-empty name");
                    continue;
                }

                Register(item.Name, spec, where);
            }

            return instances;
        }

        private string? ResolveInstanceRegion(ComponentSpec spec, InstanceSpec item, string? zone, SourceLocation where)
        {
            var mapped = RegionOf(zone);
            if (item.Region is NameReference own && mapped != null && own.Name != mapped)
            {
                _diagnostics.Add(
                    DiagnosticCodes.RegionConflict,
                    own.Location ?? where,
                    $"instance '{item.Name}' says region '{own.Name}' but its zone '{zone}' is in region '{mapped}' according to 'regions'");
            }

            // A conflict between the component's region and its zones is reported once, for the component.
            return mapped ?? item.Region?.Name ?? spec.Region?.Name;
        }

        private void Register(string name, ComponentSpec spec, SourceLocation where)
        {
            if (_instanceNames.TryGetValue(name, out var first))
            {
                _diagnostics.Add(
                    DiagnosticCodes.DuplicateName,
                    where,
                    $"instance '{name}' of component '{spec.Name}' is already an instance of component '{first.Component}' at {first.Location}; instance names must be unique");
                return;
            }

            _instanceNames.Add(name, (spec.Name, where));
        }

        private int CheckMinHealthy(ComponentSpec spec, int units)
        {
            var minHealthy = spec.MinHealthy ?? 1;
            var where = spec.MinHealthyLocation ?? spec.Location;
            if (minHealthy < 1)
            {
                _diagnostics.Add(DiagnosticCodes.InvalidValue, where, $"'minHealthy' of component '{spec.Name}' must be at least 1, found {minHealthy}");
            }
            else if (minHealthy > units && units > 0)
            {
                var what = spec.Scope switch
                {
                    ComponentScope.None => units == 1 ? "its 1 instance" : $"its {units} instances",
                    ComponentScope.Zonal => units == 1 ? "its 1 zone" : $"its {units} zones",
                    _ => $"1 (a {spec.Scope.ToString().ToLowerInvariant()} service is one unit)",
                };
                _diagnostics.Add(
                    DiagnosticCodes.MinHealthyTooHigh,
                    where,
                    $"'minHealthy' {minHealthy} of component '{spec.Name}' is more than {what}; it must be between 1 and {units}");
            }

            return minHealthy;
        }

        /// <summary><c>quorum: majority</c>: floor(n / 2) + 1 of the n units. Giving minHealthy too is ambiguous, so an error.</summary>
        private int MajorityOf(ComponentSpec spec, int units)
        {
            var majority = units / 2 + 1;
            if (spec.MinHealthy is int written)
            {
                _diagnostics.Add(
                    DiagnosticCodes.InvalidValue,
                    spec.MinHealthyLocation ?? spec.QuorumLocation ?? spec.Location,
                    $"component '{spec.Name}' gives both 'quorum: majority' (minHealthy {majority} of {units}) and 'minHealthy: {written}'; remove one of them");
            }

            return majority;
        }

        private void CheckCapacity(ComponentSpec spec, int units)
        {
            if (spec.Capacity is not Capacity capacity)
            {
                return;
            }

            var where = spec.CapacityLocation ?? spec.Location;
            if (!(capacity.PerInstance > 0) || double.IsInfinity(capacity.PerInstance) || !(capacity.Peak > 0) || double.IsInfinity(capacity.Peak))
            {
                _diagnostics.Add(
                    DiagnosticCodes.InvalidValue,
                    where,
                    $"'capacity' of component '{spec.Name}' needs 'perInstance' and 'peak' above 0, found {capacity}");
                return;
            }

            if (units > 0 && capacity.UnitsNeeded > units)
            {
                var what = spec.Scope == ComponentScope.Zonal ? "zones" : "instances";
                _diagnostics.Add(
                    DiagnosticCodes.PeakAboveCapacity,
                    where,
                    $"component '{spec.Name}' cannot carry its peak even with everything up: {capacity} needs {capacity.UnitsNeeded} {what} but it has {units}; add {what} or correct 'capacity'");
            }
        }

        private void CheckAvailability(ComponentSpec spec)
        {
            if (spec.Availability is double a && !(a > 0 && a <= 1))
            {
                _diagnostics.Add(
                    DiagnosticCodes.InvalidValue,
                    spec.AvailabilityLocation ?? spec.Location,
                    $"'availability' of component '{spec.Name}' must be a number with 0 < a <= 1, found {a.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        private string? RegionOf(string? zone) => zone != null && _zoneRegions.TryGetValue(zone, out var r) ? r : null;

        private static SourceLocation At(NameReference name, ComponentSpec spec) => name.Location ?? spec.Location;

        private static string[] NamesOf(IReadOnlyList<NameReference> references)
        {
            if (references.Count == 0)
            {
                return Array.Empty<string>();
            }

            var names = new string[references.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = references[i].Name;
            }

            return names;
        }

        private static bool Contains(IReadOnlyList<string> names, string name)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The component's domains followed by the instance's own, distinct, in order of first appearance.</summary>
        private static IReadOnlyList<string> Combine(IReadOnlyList<string> inherited, IReadOnlyList<NameReference> own)
        {
            var total = inherited.Count + own.Count;
            if (total > 16)
            {
                return Distinct(inherited.Concat(NamesOf(own)));
            }

            // Short lists (the usual one or two domains): a scan per name beats a hash set per instance.
            var names = new string[total];
            var count = 0;
            for (var i = 0; i < inherited.Count; i++)
            {
                names[count++] = inherited[i];
            }

            for (var i = 0; i < own.Count; i++)
            {
                var name = own[i].Name;
                if (Array.IndexOf(names, name, 0, count) < 0)
                {
                    names[count++] = name;
                }
            }

            if (count < names.Length)
            {
                Array.Resize(ref names, count);
            }

            return names;
        }

        private static IReadOnlyList<string> Distinct(IEnumerable<string> names)
        {
            if (names is ICollection<string> { Count: < 2 } few)
            {
                return few as IReadOnlyList<string> ?? few.ToArray();
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            return names.Where(seen.Add).ToArray();
        }

        private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
    }
}
