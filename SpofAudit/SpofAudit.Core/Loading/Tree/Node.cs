namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// A node of the loader's own YAML tree: just what the schema reader needs, with 1-based positions for
    /// errors. An alias shares the anchored node rather than copying it.
    /// </summary>
    internal abstract class Node
    {
        protected Node(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }

        /// <summary>Nodes in this subtree with aliases expanded: what a reader walking it visits.</summary>
        public abstract long Size { get; }

        /// <summary>Nesting levels in this subtree, itself included.</summary>
        public abstract int Height { get; }

        /// <summary>How the node reads in an error message: "a mapping", "a list", "'text'", "nothing".</summary>
        public abstract string Describe();
    }
}
