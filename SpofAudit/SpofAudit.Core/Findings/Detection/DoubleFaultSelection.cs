using System;
using System.Collections.Generic;
using System.Globalization;
using SpofAudit.Analysis;
using SpofAudit.Analysis.DoubleFaults;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The double faults to report, offered one by one as the entrypoints' pair sets are merged: all of them, at most
    /// <c>limit</c> (past it the selection throws <see cref="TooManyDoubleFaultsException"/>), or with <c>top</c> only
    /// the likeliest, keeping no more than twice <c>top</c> at a time and naming only pairs that can still make it, so
    /// memory follows what is reported, not how many pairs the model has.
    /// </summary>
    internal sealed class DoubleFaultSelection
    {
        private readonly InstanceEventCatalog _events;
        private readonly SpofModel _model;
        private readonly double[] _likelihood;
        private readonly int? _top;
        private readonly int _limit;
        private readonly List<(long Pair, int[] Affects, FailurePair Target, double Likelihood)> _kept = new List<(long, int[], FailurePair, double)>();
        private double _cutoff = double.NegativeInfinity;
        private string? _cutoffTarget;

        public DoubleFaultSelection(InstanceEventCatalog events, SpofModel model, int? top, int limit)
        {
            _events = events;
            _model = model;
            _top = top;
            _limit = limit;
            _likelihood = new double[events.Count];
            for (var e = 0; e < events.Count; e++)
            {
                _likelihood[e] = EventLikelihood.Of(events, e, model);
            }
        }

        public void Offer(long pair, List<int> affects)
        {
            var chance = ChanceOf(pair);
            if (_top is int top)
            {
                // Rounding to six digits moves a chance by less than a millionth of it: far enough below the cutoff, a
                // pair is out without the cost of rounding or naming it, which is what keeps a top of millions of pairs fast.
                if (chance * (1 + 1e-6) < _cutoff)
                {
                    return;
                }

                var likelihood = Rounded(chance);
                if (likelihood < _cutoff)
                {
                    return;
                }

                var named = DoubleFaultNames.PairOf(_events, pair);
                if (likelihood == _cutoff && string.CompareOrdinal(named.Target, _cutoffTarget) >= 0)
                {
                    // As likely as the last kept, but after it by target: it cannot make the top either.
                    return;
                }

                _kept.Add((pair, affects.ToArray(), named, likelihood));
                if (_kept.Count >= Math.Max(2 * top, top + 1024))
                {
                    Trim(top);
                }

                return;
            }

            if (_kept.Count == _limit)
            {
                throw new TooManyDoubleFaultsException(_limit);
            }

            _kept.Add((pair, affects.ToArray(), DoubleFaultNames.PairOf(_events, pair), Rounded(chance)));
        }

        /// <summary>The kept double faults, the likeliest first, ties by target (ordinal).</summary>
        public List<(long Pair, int[] Affects, FailurePair Target, double Likelihood)> Ranked()
        {
            Trim(_top ?? int.MaxValue);
            return _kept;
        }

        private void Trim(int keep)
        {
            _kept.Sort((x, y) =>
            {
                var byLikelihood = y.Likelihood.CompareTo(x.Likelihood);
                return byLikelihood != 0 ? byLikelihood : string.CompareOrdinal(x.Target.Target, y.Target.Target);
            });
            if (_kept.Count > keep)
            {
                _kept.RemoveRange(keep, _kept.Count - keep);
                _cutoff = _kept[keep - 1].Likelihood;
                _cutoffTarget = _kept[keep - 1].Target.Target;
            }
        }

        /// <summary>
        /// The chance that both events are in effect at once (for a group, that any one of its instances is down, or
        /// paired with itself any two).
        /// </summary>
        private double ChanceOf(long pair)
        {
            int a = EventPair.First(pair), b = EventPair.Second(pair);
            return a == b ? EventLikelihood.TwoOf(_events, a, _model) : _likelihood[a] * _likelihood[b];
        }

        /// <summary>To six significant digits: 1E-06, not 1.0000000000000019E-06.</summary>
        private static double Rounded(double chance) =>
            double.Parse(chance.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
