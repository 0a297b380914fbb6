using System.Collections.Generic;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>A named group of people; an owner may name a team instead of a person.</summary>
    public sealed class Team
    {
        public Team(string name, IReadOnlyList<string> members, SourceLocation location)
        {
            Name = name;
            Members = members;
            Location = location;
        }

        public string Name { get; }
        public IReadOnlyList<string> Members { get; }
        public SourceLocation Location { get; }

        public override string ToString() => Name;
    }
}
