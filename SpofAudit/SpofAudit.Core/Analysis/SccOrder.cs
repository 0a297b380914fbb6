namespace SpofAudit.Analysis
{
    /// <summary>
    /// Strongly connected components in children-first order (<see cref="StronglyConnected"/>): component i is
    /// <c>Nodes[Start(i) .. Start(i) + Size(i))</c>.
    /// </summary>
    internal sealed class SccOrder
    {
        private readonly int[] _starts;

        public SccOrder(int[] nodes, int[] starts, int count)
        {
            Nodes = nodes;
            _starts = starts;
            Count = count;
        }

        public int Count { get; }

        public int[] Nodes { get; }

        public int Start(int scc) => _starts[scc];

        /// <summary>The component's first node: its only one when <see cref="Size"/> is 1.</summary>
        public int First(int scc) => Nodes[_starts[scc]];

        public int Size(int scc) => _starts[scc + 1] - _starts[scc];

        /// <summary>The component's nodes as an array of their own, for the few components that are real cycles.</summary>
        public int[] Members(int scc)
        {
            var members = new int[Size(scc)];
            System.Array.Copy(Nodes, Start(scc), members, 0, members.Length);
            return members;
        }
    }
}
