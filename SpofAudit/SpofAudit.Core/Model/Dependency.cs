using System.Collections.Generic;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// One entry of <c>dependsOn</c>: at least <see cref="Required"/> of <see cref="Members"/> must be up.
    /// A hard dependency that is not met takes the dependent down; a soft one only degrades it.
    /// </summary>
    public sealed class Dependency
    {
        public Dependency(DependencyForm form, IReadOnlyList<string> members, int required, bool soft, SourceLocation location)
        {
            Form = form;
            Members = members;
            Required = required;
            Soft = soft;
            Location = location;
        }

        public DependencyForm Form { get; }
        public IReadOnlyList<string> Members { get; }

        /// <summary>How many members must be up for the dependency to hold.</summary>
        public int Required { get; }

        public bool Soft { get; }
        public SourceLocation Location { get; }

        /// <summary>A single-target hard or soft dependency.</summary>
        public static Dependency On(string target, bool soft = false, SourceLocation? location = null) =>
            new Dependency(DependencyForm.Single, new[] { target }, 1, soft, location ?? SourceLocation.None);

        public override string ToString() => Form switch
        {
            DependencyForm.AnyOf => $"anyOf [{string.Join(", ", Members)}]",
            DependencyForm.AtLeast => $"atLeast {Required} of [{string.Join(", ", Members)}]",
            _ => Members[0],
        } + (Soft ? " (soft)" : string.Empty);
    }
}
