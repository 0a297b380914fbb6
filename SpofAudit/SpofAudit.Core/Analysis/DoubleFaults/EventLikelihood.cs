using System;
using SpofAudit.Analysis.Availability;
using SpofAudit.Model;

namespace SpofAudit.Analysis.DoubleFaults
{
    /// <summary>
    /// The chance that one failure event is in effect at a given moment (its unavailability), used to rank double
    /// faults: an instance uses its component's <c>availability</c>, everything else the same documented defaults
    /// as the availability analysis (<see cref="AvailabilityAssumptions.Default"/>). A group of m interchangeable
    /// instances is in effect when any one of them is down, and paired with itself when any two are: instances fail
    /// independently, so these are binomial tails.
    /// </summary>
    internal static class EventLikelihood
    {
        public static double Of(InstanceEventCatalog events, int e, SpofModel model)
        {
            var assumed = AvailabilityAssumptions.Default;
            switch (events.KindOf(e))
            {
                case FailureEventKind.Instance:
                    var down = InstanceDown(events, e, model);
                    var size = events.SizeOf(e);
                    // 1 - (1 - q)^m without losing the digits of a small q.
                    return size == 1 ? down : -ExpMinusOne(size * LogOnePlus(-down));
                case FailureEventKind.Zone:
                    return 1 - assumed.Zone;
                case FailureEventKind.Region:
                    return 1 - assumed.Region;
                default:
                    return 1 - assumed.Domain;
            }
        }

        /// <summary>The chance that at least two of a group's instances are down at once.</summary>
        public static double TwoOf(InstanceEventCatalog events, int e, SpofModel model)
        {
            var q = InstanceDown(events, e, model);
            var m = events.SizeOf(e);
            if (q <= 0)
            {
                return 0;
            }

            if (q >= 1)
            {
                return 1;
            }

            if (m * q >= 1)
            {
                // Likely enough that 1 - P(none) - P(exactly one) loses no digits that count.
                var none = Math.Exp(m * LogOnePlus(-q));
                var one = m * q * Math.Exp((m - 1) * LogOnePlus(-q));
                return Math.Max(0, Math.Min(1, 1 - none - one));
            }

            // Rare: the sum of P(exactly k down) for k >= 2, each term from the one before (they fall faster than
            // geometrically), without the cancellation of 1 - P(none) - P(one).
            var ratio = q / (1 - q);
            var term = Math.Exp(Math.Log(m * (m - 1) / 2.0) + (2 * Math.Log(q)) + ((m - 2) * LogOnePlus(-q)));
            var sum = 0.0;
            for (var k = 2; k <= m && term > sum * 1e-17; k++)
            {
                sum += term;
                term *= (m - k) / (k + 1.0) * ratio;
            }

            return Math.Min(1, sum);
        }

        /// <summary>ln(1 + x), exact for small x (netstandard2.0 has no Math.Log1p).</summary>
        private static double LogOnePlus(double x)
        {
            var u = 1 + x;
            return u == 1 ? x : Math.Log(u) * x / (u - 1);
        }

        /// <summary>e^x - 1, exact for small x (netstandard2.0 has no Math.Expm1).</summary>
        private static double ExpMinusOne(double x)
        {
            var u = Math.Exp(x);
            if (u == 1)
            {
                return x;
            }

            var less = u - 1;
            return less == -1 ? -1 : less * x / Math.Log(u);
        }

        private static double InstanceDown(InstanceEventCatalog events, int e, SpofModel model) =>
            1 - (model.Components[events.ComponentOf(e)].Availability ?? AvailabilityAssumptions.Default.Instance);
    }
}
