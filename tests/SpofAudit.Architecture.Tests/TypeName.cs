namespace SpofAudit.Architecture.Tests
{
    /// <summary>A type as compiled code names it: the assembly that defines it, its namespace and name.</summary>
    internal sealed record TypeName(string Assembly, string Namespace, string Name)
    {
        public override string ToString() => $"[{Assembly}] {(Namespace.Length > 0 ? Namespace + "." : string.Empty)}{Name}";
    }

    /// <summary>One reference: code in <paramref name="From"/> (at <paramref name="Where"/>) names <paramref name="To"/>.</summary>
    internal sealed record TypeUse(TypeName From, TypeName To, string Where)
    {
        public override string ToString() => $"{From} -> {To} ({Where})";
    }
}
