using SpofAudit.Diagnostics;

namespace SpofAudit.Loading.Tree
{
    /// <summary>A scalar. Only plain (unquoted, untagged) scalars can be numbers, booleans or null.</summary>
    internal sealed class ScalarNode : Node
    {
        public ScalarNode(string value, bool isPlain, int line, int column)
            : base(line, column)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        public override long Size => 1;
        public override int Height => 1;
        public bool IsPlain { get; }

        /// <summary>YAML's null: an empty plain scalar, <c>~</c> or <c>null</c>.</summary>
        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string Describe()
        {
            if (IsNull)
            {
                return "nothing (null)";
            }

            // One line: a block scalar ('>' or '|') quoted raw would break the diagnostic over several lines.
            var shown = Value.Length <= 40 ? Value : Value.Substring(0, 37) + "...";
            return $"'{VisibleText.ForTerminal(shown)}'";
        }
    }
}
