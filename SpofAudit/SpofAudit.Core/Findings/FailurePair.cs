using System;
using System.Collections.Generic;
using SpofAudit.Analysis;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The two failure events of a double fault, typed: what the finding is about, where its target is only their
    /// names joined ("db-1 + db-2", kept as the JSON <c>target</c>). The event whose name sorts first (ordinal) is first.
    /// An instance event may stand for a group of interchangeable instances (one component's, in the same places):
    /// "any of web's 3 instances" is any one of them, and a pair of such a group with itself is "any 2 of" them.
    /// </summary>
    public sealed class FailurePair
    {
        public FailurePair(string first, FailureEventKind firstKind, string second, FailureEventKind secondKind)
            : this(first, firstKind, InstancesNamed(first, firstKind), second, secondKind, InstancesNamed(second, secondKind), null)
        {
        }

        /// <summary>A pair whose sides may be groups of instances; <c>twoOfOneGroup</c> is the target of a group paired with itself ("any 2 of a's 2,000 instances"), else null.</summary>
        public FailurePair(
            string first,
            FailureEventKind firstKind,
            IReadOnlyList<string> firstInstances,
            string second,
            FailureEventKind secondKind,
            IReadOnlyList<string> secondInstances,
            string? twoOfOneGroup)
            : this(first, firstKind, firstInstances, firstInstances?.Count ?? 0, second, secondKind, secondInstances, secondInstances?.Count ?? 0, twoOfOneGroup)
        {
        }

        /// <summary>
        /// As the constructor above, with the counts given apart from the names: a pair rebuilt from PowerShell's
        /// serializer, which may keep the counts but not the lists of names.
        /// </summary>
        public FailurePair(
            string first,
            FailureEventKind firstKind,
            IReadOnlyList<string> firstInstances,
            int firstCount,
            string second,
            FailureEventKind secondKind,
            IReadOnlyList<string> secondInstances,
            int secondCount,
            string? twoOfOneGroup)
        {
            First = first;
            FirstKind = firstKind;
            FirstInstances = firstInstances ?? throw new ArgumentNullException(nameof(firstInstances));
            FirstCount = firstCount;
            Second = second;
            SecondKind = secondKind;
            SecondInstances = secondInstances ?? throw new ArgumentNullException(nameof(secondInstances));
            SecondCount = secondCount;
            IsTwoOfOneGroup = twoOfOneGroup != null;
            Target = twoOfOneGroup ?? first + " + " + second;
        }

        public string First { get; }

        public FailureEventKind FirstKind { get; }

        /// <summary>The instances the first event stands for: one for an instance, several for a group, none for a zone, region or domain.</summary>
        public IReadOnlyList<string> FirstInstances { get; }

        /// <summary>How many instances the first event stands for (0 for a zone, region or domain): the JSON <c>firstCount</c>.</summary>
        public int FirstCount { get; }

        public string Second { get; }

        public FailureEventKind SecondKind { get; }

        /// <summary>The instances the second event stands for, as <see cref="FirstInstances"/>.</summary>
        public IReadOnlyList<string> SecondInstances { get; }

        /// <summary>How many instances the second event stands for, as <see cref="FirstCount"/>.</summary>
        public int SecondCount { get; }

        /// <summary>Whether the pair is any two instances of one group (then <see cref="First"/> and <see cref="Second"/> both name the group).</summary>
        public bool IsTwoOfOneGroup { get; }

        /// <summary>"db-1 + db-2", or "any 2 of a's 2,000 instances": the finding's target and id part.</summary>
        public string Target { get; }

        public override string ToString() => Target;

        private static IReadOnlyList<string> InstancesNamed(string name, FailureEventKind kind) =>
            kind == FailureEventKind.Instance ? new[] { name } : Array.Empty<string>();
    }
}
