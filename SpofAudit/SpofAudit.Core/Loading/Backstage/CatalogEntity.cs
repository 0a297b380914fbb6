using System.Collections.Generic;
using SpofAudit.Diagnostics;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// One entity of a catalog file, reduced to what SpofAudit reads: who owns it, what it depends on, whom a group
    /// holds. Fields of the spec SpofAudit has no use for (profiles, links, API definitions) are not kept.
    /// </summary>
    internal sealed class CatalogEntity
    {
        public CatalogEntity(EntityRef reference, SourceLocation location)
        {
            Ref = reference;
            Location = location;
        }

        /// <summary>Its reference, the kind in the documented spelling.</summary>
        public EntityRef Ref { get; }

        /// <summary>Where its <c>metadata.name</c> is written (the document, when it has none).</summary>
        public SourceLocation Location { get; }

        public string Kind => Ref.Kind;

        public string? Type { get; set; }
        public string? Lifecycle { get; set; }
        public LocatedRef? Owner { get; set; }
        public LocatedRef? System { get; set; }
        public LocatedRef? SubcomponentOf { get; set; }
        public List<LocatedRef> DependsOn { get; } = new List<LocatedRef>();
        public List<LocatedRef> DependencyOf { get; } = new List<LocatedRef>();
        public List<LocatedRef> ProvidesApis { get; } = new List<LocatedRef>();
        public List<LocatedRef> ConsumesApis { get; } = new List<LocatedRef>();

        /// <summary>A Group's <c>spec.members</c> (Users).</summary>
        public List<LocatedRef> Members { get; } = new List<LocatedRef>();

        /// <summary>A User's <c>spec.memberOf</c> (Groups).</summary>
        public List<LocatedRef> MemberOf { get; } = new List<LocatedRef>();

        /// <summary>A Location's <c>spec.target</c> and <c>spec.targets</c>, each with where it is written.</summary>
        public List<(string Target, SourceLocation At)> Targets { get; } = new List<(string Target, SourceLocation At)>();

        /// <summary>A Location's <c>spec.type</c> (<c>url</c> when not given; <c>file</c> names a local file).</summary>
        public string? LocationType { get; set; }

        public override string ToString() => Ref.ToString();
    }
}
