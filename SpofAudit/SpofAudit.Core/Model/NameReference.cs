namespace SpofAudit.Model
{
    /// <summary>
    /// A name as a source wrote it, with where it was written, so that an error about it (an unknown zone,
    /// owner or dependency) can point at the exact spot. Sources without positions leave the location null;
    /// the builder then reports the location of the thing that holds the reference.
    /// </summary>
    public sealed class NameReference
    {
        public NameReference(string name, SourceLocation? location = null)
        {
            Name = name;
            Location = location;
        }

        public string Name { get; }
        public SourceLocation? Location { get; }

        public override string ToString() => Name;
    }
}
