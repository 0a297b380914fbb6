namespace SpofAudit.Loading.Tree
{
    /// <summary>A mapping or list whose end event has not been read yet. Reused for the next node opened at its depth.</summary>
    internal sealed class OpenNode
    {
        public Node? Node { get; private set; }

        /// <summary>Registered when the node is complete, so an alias inside it cannot refer to it (no cycles).</summary>
        public string? Anchor { get; private set; }

        /// <summary>For a mapping: true after a key, while its value is awaited.</summary>
        public bool AwaitingValue { get; set; }

        /// <summary>The key whose value is awaited; null when the key was not a scalar (the value is dropped).</summary>
        public ScalarNode? Key { get; set; }

        public void Reset(Node node, string? anchor)
        {
            Node = node;
            Anchor = anchor;
            AwaitingValue = false;
            Key = null;
        }
    }
}
