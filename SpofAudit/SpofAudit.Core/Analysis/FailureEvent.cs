using System;

namespace SpofAudit.Analysis
{
    /// <summary>One thing that fails in a what-if: its kind and name.</summary>
    public sealed class FailureEvent : IEquatable<FailureEvent>
    {
        public FailureEvent(FailureEventKind kind, string name)
        {
            Kind = kind;
            Name = name;
        }

        public FailureEventKind Kind { get; }
        public string Name { get; }

        public bool Equals(FailureEvent? other) => other != null && other.Kind == Kind && other.Name == Name;

        public override bool Equals(object? obj) => Equals(obj as FailureEvent);

        public override int GetHashCode() => ((int)Kind * 397) ^ StringComparer.Ordinal.GetHashCode(Name);

        /// <summary>The <c>kind:name</c> form that FailureEventParser reads back.</summary>
        public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Name}";
    }
}
