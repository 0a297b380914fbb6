using System.Collections.Generic;

namespace SpofAudit.Analysis
{
    /// <summary>Every component's state under one set of failures, with the link that explains each.</summary>
    public sealed class ScenarioResult
    {
        private readonly IReadOnlyDictionary<string, int> _index;
        private readonly HealthStatus[] _status;
        private readonly int[] _cause;
        private readonly string?[] _localReason;
        private readonly string[] _names;

        internal ScenarioResult(IReadOnlyList<FailureEvent> failed, IReadOnlyDictionary<string, int> index, string[] names, HealthStatus[] status, int[] cause, string?[] localReason)
        {
            Failed = failed;
            _index = index;
            _names = names;
            _status = status;
            _cause = cause;
            _localReason = localReason;
        }

        public IReadOnlyList<FailureEvent> Failed { get; }

        public HealthStatus StatusOf(string component) => _status[_index[component]];

        /// <summary>From <paramref name="component"/> along the causes to the component whose own failure explains it.</summary>
        public IReadOnlyList<string> ChainOf(string component)
        {
            var chain = new List<string>();
            var seen = new HashSet<int>();
            var node = _index[component];
            if (_status[node] == HealthStatus.Up)
            {
                return chain;
            }

            while (node >= 0 && seen.Add(node))
            {
                chain.Add(_names[node]);
                node = _cause[node];
            }

            return chain;
        }

        /// <summary>The root cause in words for a component that is not up; empty when it is up.</summary>
        public string ReasonOf(string component) => ReasonAtEndOf(ChainOf(component));

        /// <summary>The root cause in words of a chain <see cref="ChainOf"/> returned, without walking it again.</summary>
        public string ReasonAtEndOf(IReadOnlyList<string> chain) =>
            chain.Count == 0 ? string.Empty : _localReason[_index[chain[chain.Count - 1]]] ?? string.Empty;
    }
}
