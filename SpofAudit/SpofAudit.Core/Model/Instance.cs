using System.Collections.Generic;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// One running copy of a component. Its zone, region and domains are already resolved:
    /// the region comes from the zone's entry in the model's region map or from the component,
    /// and the domains include the component's own.
    /// </summary>
    public sealed class Instance
    {
        public Instance(string name, string? zone, string? region, IReadOnlyList<string> domains, SourceLocation location)
        {
            Name = name;
            Zone = zone;
            Region = region;
            Domains = domains;
            Location = location;
        }

        public string Name { get; }
        public string? Zone { get; }
        public string? Region { get; }
        public IReadOnlyList<string> Domains { get; }
        public SourceLocation Location { get; }

        public override string ToString() => Name;
    }
}
