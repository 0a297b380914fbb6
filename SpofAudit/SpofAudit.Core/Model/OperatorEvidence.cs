using System;
using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// Why a person or team counts as able to operate a component, beyond its declared <c>owners</c>: which source
    /// said so and where (a CODEOWNERS rule's file and line). Findings about people name it.
    /// </summary>
    public sealed class OperatorEvidence
    {
        public OperatorEvidence(string owner, string description, SourceLocation source, string remedy)
        {
            Remedy = remedy ?? throw new ArgumentNullException(nameof(remedy));
            Owner = owner ?? throw new ArgumentNullException(nameof(owner));
            Description = description ?? throw new ArgumentNullException(nameof(description));
            Source = source;
        }

        /// <summary>The person or team, as an owner name.</summary>
        public string Owner { get; }

        /// <summary>What the source says, e.g. <c>CODEOWNER of services/payments/ (rule /services/payments/)</c>.</summary>
        public string Description { get; }

        /// <summary>What spreads the knowledge this evidence shows, e.g. <c>name a second code owner in that rule</c>.</summary>
        public string Remedy { get; }

        /// <summary>Where the source says it (file, line, column).</summary>
        public SourceLocation Source { get; }

        public override string ToString() => $"{Description} at {Source}";
    }
}
