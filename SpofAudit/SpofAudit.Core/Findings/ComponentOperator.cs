using System;
using System.Collections.Generic;

namespace SpofAudit.Findings
{
    /// <summary>
    /// One owner (a person or a team) of a component an entrypoint hard-depends on: who it stands for and the evidence
    /// that it can operate the component. What a report shows beside the entrypoint's truck factor.
    /// </summary>
    public sealed class ComponentOperator
    {
        public ComponentOperator(string component, string owner, IReadOnlyList<string> people, IReadOnlyList<EvidenceLine> evidence)
        {
            Component = component ?? throw new ArgumentNullException(nameof(component));
            Owner = owner ?? throw new ArgumentNullException(nameof(owner));
            People = people ?? throw new ArgumentNullException(nameof(people));
            Evidence = evidence ?? throw new ArgumentNullException(nameof(evidence));
        }

        public string Component { get; }

        /// <summary>The owner as the model names it: a person, or a team such as <c>acme/payments-team</c>.</summary>
        public string Owner { get; }

        /// <summary>The people it stands for: the person, or the team's members, sorted.</summary>
        public IReadOnlyList<string> People { get; }

        /// <summary>Why it counts: CODEOWNERS rules, git history, or the component's declared <c>owners</c>.</summary>
        public IReadOnlyList<EvidenceLine> Evidence { get; }

        public override string ToString() => $"{Owner} operates {Component}";
    }
}
