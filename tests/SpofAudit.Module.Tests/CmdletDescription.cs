using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Module.Tests
{
    /// <summary>What a [Cmdlet] class declares, read from metadata.</summary>
    public sealed record CmdletDescription(
        string TypeName,
        string Verb,
        string Noun,
        bool SupportsShouldProcess,
        IReadOnlyList<string> OutputTypes,
        IReadOnlyList<string> Parameters,
        IReadOnlyList<ParameterDeclaration> Declarations)
    {
        public string Name => $"{Verb}-{Noun}";

        /// <summary>The named parameter sets; empty when every parameter is in all sets.</summary>
        public IReadOnlyList<string> ParameterSets =>
            Declarations.Select(d => d.ParameterSet).Where(s => s != ParameterDeclaration.AllSets).Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>Whether one parameter set holds all of <paramref name="parameters"/> (names compared case-insensitively, as PowerShell binds them).</summary>
        public bool OneSetHolds(IEnumerable<string> parameters)
        {
            var wanted = parameters.ToArray();
            bool InSet(string parameter, string set) => Declarations.Any(d =>
                string.Equals(d.Name, parameter, StringComparison.OrdinalIgnoreCase) && (d.ParameterSet == ParameterDeclaration.AllSets || d.ParameterSet == set));
            var sets = ParameterSets.Count == 0 ? new[] { ParameterDeclaration.AllSets } : ParameterSets;
            return sets.Any(set => wanted.All(p => InSet(p, set)));
        }
    }
}
