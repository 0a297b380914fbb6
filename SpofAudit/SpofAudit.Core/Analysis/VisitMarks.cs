namespace SpofAudit.Analysis
{
    /// <summary>
    /// Which nodes a walk has visited, in down and in degraded mode, for walk after walk without clearing: each walk
    /// takes a new number and a node counts as visited when it holds that number. One worker's walkers
    /// (<see cref="WitnessPath"/>, <see cref="HitComponents"/>) walk one after another, so they share one instance.
    /// </summary>
    internal sealed class VisitMarks
    {
        private readonly int[] _down;
        private readonly int[] _degraded;
        private int _walk;

        public VisitMarks(int nodeCount)
        {
            _down = new int[nodeCount];
            _degraded = new int[nodeCount];
        }

        /// <summary>Starts a walk: nothing is visited in it yet.</summary>
        public void NextWalk() => _walk++;

        public bool Seen(int node, bool degraded) => (degraded ? _degraded : _down)[node] == _walk;

        /// <summary>Marks the node visited; false when it already was in this walk.</summary>
        public bool Visit(int node, bool degraded)
        {
            var marks = degraded ? _degraded : _down;
            if (marks[node] == _walk)
            {
                return false;
            }

            marks[node] = _walk;
            return true;
        }
    }
}
