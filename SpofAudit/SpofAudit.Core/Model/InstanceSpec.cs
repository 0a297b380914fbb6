using System;
using System.Collections.Generic;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// One instance as a source listed it. Unset placement is filled in by <see cref="ModelBuilder"/>:
    /// the zone round-robin from the component's zones, the region from the region map via the zone,
    /// else this instance's <see cref="Region"/>, else the component's; the domains are the component's
    /// plus these.
    /// </summary>
    public sealed class InstanceSpec
    {
        public InstanceSpec(string name, SourceLocation? location = null)
        {
            Name = name;
            Location = location;
        }

        /// <summary>Unique across the whole model.</summary>
        public string Name { get; }

        public SourceLocation? Location { get; }
        public NameReference? Zone { get; set; }
        public NameReference? Region { get; set; }
        public IReadOnlyList<NameReference> Domains { get; set; } = Array.Empty<NameReference>();
    }
}
