using System.Collections.Generic;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// One <c>dependsOn</c> entry before validation. <see cref="ModelBuilder"/> checks that the members exist,
    /// are distinct and non-empty, and that 1 &lt;= <see cref="Required"/> &lt;= members for <c>atLeast</c>.
    /// </summary>
    public sealed class DependencySpec
    {
        private readonly SourceLocation? _location;

        public DependencySpec(DependencyForm form, IReadOnlyList<NameReference> members, int required, bool soft, SourceLocation? location = null)
        {
            Form = form;
            Members = members;
            Required = required;
            Soft = soft;
            _location = location;
        }

        public DependencyForm Form { get; }
        public IReadOnlyList<NameReference> Members { get; }

        /// <summary>How many members must be up: 1 for a single target and for <c>anyOf</c>, k for <c>atLeast</c>.</summary>
        public int Required { get; }

        public bool Soft { get; }
        /// <summary>Where the entry was written; for a single target without its own location, the target's.</summary>
        public SourceLocation? Location => _location ?? (Form == DependencyForm.Single && Members.Count == 1 ? Members[0].Location : null);

        public static DependencySpec On(NameReference target, bool soft = false, SourceLocation? location = null) =>
            new DependencySpec(DependencyForm.Single, new[] { target }, 1, soft, location);

        public static DependencySpec AnyOf(IReadOnlyList<NameReference> members, bool soft = false, SourceLocation? location = null) =>
            new DependencySpec(DependencyForm.AnyOf, members, 1, soft, location);

        public static DependencySpec AtLeast(int required, IReadOnlyList<NameReference> members, bool soft = false, SourceLocation? location = null) =>
            new DependencySpec(DependencyForm.AtLeast, members, required, soft, location);
    }
}
