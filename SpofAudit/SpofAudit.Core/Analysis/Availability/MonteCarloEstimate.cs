using System;
using System.Collections.Generic;
using SpofAudit.Analysis.FaultTrees;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// The fallback when the decision diagram outgrows its budget: sample every basic event independently, evaluate
    /// the formula, count the samples in which it is true. Seeded, so a run is reproducible; the standard error is
    /// √(p(1−p)/n). Rare outages are estimated poorly (no failure in n samples gives 0 ± 0): the method is named in
    /// the output so nobody mistakes it for the exact figure.
    /// </summary>
    internal static class MonteCarloEstimate
    {
        public const int Samples = 20_000;
        public const int Seed = 1;

        public static double Run(FaultFormula formula, Func<string, double> failure, out double standardError)
        {
            var plan = new SamplingPlan(formula, failure);
            var random = new Random(Seed);
            var value = new bool[plan.Count];
            var down = 0;
            for (var sample = 0; sample < Samples; sample++)
            {
                if (plan.Evaluate(random, value))
                {
                    down++;
                }
            }

            var p = (double)down / Samples;
            standardError = Math.Sqrt(p * (1 - p) / Samples);
            return p;
        }

        /// <summary>The formula flattened children-first into arrays, so a sample is one forward pass without lookups.</summary>
        private sealed class SamplingPlan
        {
            private readonly List<double> _failure = new List<double>();
            private readonly List<int> _kind = new List<int>();
            private readonly List<int> _min = new List<int>();
            private readonly List<int[]> _args = new List<int[]>();

            public SamplingPlan(FaultFormula root, Func<string, double> failure)
            {
                var slot = new Dictionary<FaultFormula, int>();
                var events = new Dictionary<string, int>(StringComparer.Ordinal);
                var stack = new Stack<(FaultFormula Formula, bool Expanded)>();
                stack.Push((root, false));
                while (stack.Count > 0)
                {
                    var (formula, expanded) = stack.Pop();
                    if (slot.ContainsKey(formula))
                    {
                        continue;
                    }

                    if (formula.IsGate && !expanded)
                    {
                        stack.Push((formula, true));
                        foreach (var arg in formula.Args)
                        {
                            stack.Push((arg, false));
                        }

                        continue;
                    }

                    if (formula.BasicEvent != null && events.TryGetValue(formula.BasicEvent, out var same))
                    {
                        slot[formula] = same;
                        continue;
                    }

                    slot[formula] = _kind.Count;
                    if (formula.BasicEvent != null)
                    {
                        events[formula.BasicEvent] = _kind.Count;
                        Add(0, 0, failure(formula.BasicEvent), null);
                    }
                    else if (formula.Constant is bool constant)
                    {
                        Add(1, 0, constant ? 1 : 0, null);
                    }
                    else
                    {
                        var args = new int[formula.Args.Count];
                        for (var i = 0; i < args.Length; i++)
                        {
                            args[i] = slot[formula.Args[i]];
                        }

                        var min = formula.Operator == FaultOperator.Or ? 1 : formula.Operator == FaultOperator.And ? args.Length : formula.Min;
                        Add(2, min, 0, args);
                    }
                }
            }

            public int Count => _kind.Count;

            /// <summary>One sample; the root is the last slot.</summary>
            public bool Evaluate(Random random, bool[] value)
            {
                for (var i = 0; i < value.Length; i++)
                {
                    switch (_kind[i])
                    {
                        case 0:
                            value[i] = random.NextDouble() < _failure[i];
                            break;
                        case 1:
                            value[i] = _failure[i] > 0;
                            break;
                        default:
                            var failed = 0;
                            foreach (var arg in _args[i])
                            {
                                failed += value[arg] ? 1 : 0;
                            }

                            value[i] = failed >= _min[i];
                            break;
                    }
                }

                return value[value.Length - 1];
            }

            private void Add(int kind, int min, double failure, int[]? args)
            {
                _kind.Add(kind);
                _min.Add(min);
                _failure.Add(failure);
                _args.Add(args ?? Array.Empty<int>());
            }
        }
    }
}
