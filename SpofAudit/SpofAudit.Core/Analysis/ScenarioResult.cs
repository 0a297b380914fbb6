using System;
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
        private int[]? _chainLength;
        private int[]? _chainEnd;
        private int[]? _beforeChainEnd;

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

        /// <summary>
        /// <see cref="ChainOf"/> as long as a person reads it (<see cref="PathBound"/>): a chain of more than
        /// <see cref="PathBound.WholeLimit"/> names keeps its beginning and its last two, the cause, with "..." between.
        /// Each chain's length and end are found once for all components, so a what-if costs O(components) whatever
        /// the chains' lengths: one chain per component along a cycle of n was n² names.
        /// </summary>
        internal IReadOnlyList<string> BoundedChainOf(string component)
        {
            var node = _index[component];
            if (_status[node] == HealthStatus.Up)
            {
                return Array.Empty<string>();
            }

            MeasureChains();
            if (_chainLength![node] <= PathBound.WholeLimit)
            {
                return ChainOf(component);
            }

            var beginning = new string[PathBound.KeptBeginning];
            for (var i = 0; i < beginning.Length; i++, node = _cause[node])
            {
                beginning[i] = _names[node];
            }

            var end = _chainEnd![_index[component]];
            return PathBound.Elided(beginning, new[] { _names[_beforeChainEnd![_index[component]]], _names[end] });
        }

        /// <summary>Per component not up: its chain's length, last component and the one before it (itself when alone).</summary>
        private void MeasureChains()
        {
            if (_chainLength != null)
            {
                return;
            }

            var count = _status.Length;
            var length = new int[count];
            var end = new int[count];
            var beforeEnd = new int[count];
            var pending = new Stack<int>();
            for (var start = 0; start < count; start++)
            {
                if (_status[start] == HealthStatus.Up || length[start] > 0)
                {
                    continue;
                }

                // Causes point at components that fell earlier, so following them ends; length -1 marks the way.
                var node = start;
                while (node >= 0 && length[node] == 0)
                {
                    length[node] = -1;
                    pending.Push(node);
                    node = _cause[node];
                }

                var known = node >= 0 && length[node] > 0 ? node : -1;
                while (pending.Count > 0)
                {
                    var at = pending.Pop();
                    if (known < 0)
                    {
                        (length[at], end[at], beforeEnd[at]) = (1, at, at);
                    }
                    else
                    {
                        length[at] = length[known] + 1;
                        end[at] = end[known];
                        beforeEnd[at] = length[known] == 1 ? at : beforeEnd[known];
                    }

                    known = at;
                }
            }

            (_chainLength, _chainEnd, _beforeChainEnd) = (length, end, beforeEnd);
        }

        /// <summary>The root cause in words for a component that is not up; empty when it is up.</summary>
        public string ReasonOf(string component)
        {
            var node = _index[component];
            if (_status[node] == HealthStatus.Up)
            {
                return string.Empty;
            }

            MeasureChains();
            return _localReason[_chainEnd![node]] ?? string.Empty;
        }

        /// <summary>The root cause in words of a chain <see cref="ChainOf"/> returned, without walking it again.</summary>
        public string ReasonAtEndOf(IReadOnlyList<string> chain) =>
            chain.Count == 0 ? string.Empty : _localReason[_index[chain[chain.Count - 1]]] ?? string.Empty;
    }
}
