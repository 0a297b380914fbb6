using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>Someone who can operate components.</summary>
    public sealed class Person
    {
        public Person(string name, SourceLocation location)
        {
            Name = name;
            Location = location;
        }

        public string Name { get; }
        public SourceLocation Location { get; }

        public override string ToString() => Name;
    }
}
