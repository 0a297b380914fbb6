using SpofAudit.Diagnostics;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>An entity reference and where the catalog file writes it.</summary>
    internal readonly struct LocatedRef
    {
        public LocatedRef(EntityRef reference, SourceLocation at)
        {
            Ref = reference;
            At = at;
        }

        public EntityRef Ref { get; }
        public SourceLocation At { get; }
    }
}
