using System;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One line of evidence that an owner can operate a component, as reports show and JSON keeps it: where it was found
    /// (a CODEOWNERS rule's file:line:column, the component's own file for declared owners) and what that source measured.
    /// </summary>
    public sealed class EvidenceLine
    {
        public EvidenceLine(string source, string description)
        {
            Source = source ?? throw new ArgumentNullException(nameof(source));
            Description = description ?? throw new ArgumentNullException(nameof(description));
        }

        /// <summary>Where the source says it, e.g. <c>payments-repo/.github/CODEOWNERS:8:1</c>.</summary>
        public string Source { get; }

        /// <summary>What it measured, e.g. <c>CODEOWNER of services/ledger/ (rule /services/ledger/)</c>.</summary>
        public string Description { get; }

        public override string ToString() => $"{Description} ({Source})";
    }
}
