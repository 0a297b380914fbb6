using System.Collections.Generic;

namespace SpofAudit.Module.Tests
{
    /// <summary>What a [Cmdlet] class declares, read from metadata.</summary>
    public sealed record CmdletDescription(
        string TypeName,
        string Verb,
        string Noun,
        bool SupportsShouldProcess,
        IReadOnlyList<string> OutputTypes,
        IReadOnlyList<string> Parameters)
    {
        public string Name => $"{Verb}-{Noun}";
    }
}
