using System;
using System.Globalization;

namespace SpofAudit.Model
{
    /// <summary>
    /// How much load one unit of a component carries and how much the component must carry at peak, in any one
    /// unit (requests per second, connections, GB...). Survivors that cannot carry the peak between them are
    /// overloaded and fall too, so the component needs at least <see cref="UnitsNeeded"/> units up.
    /// </summary>
    public sealed class Capacity
    {
        public Capacity(double perInstance, double peak)
        {
            PerInstance = perInstance;
            Peak = peak;
        }

        /// <summary>The load one instance (or, for a zonal service, one zone) carries.</summary>
        public double PerInstance { get; }

        /// <summary>The load the component must carry at peak.</summary>
        public double Peak { get; }

        /// <summary>ceil(peak / perInstance), at least 1: the fewest units that carry the peak.</summary>
        public int UnitsNeeded => Math.Max(1, (int)Math.Min(int.MaxValue, Math.Ceiling(Peak / PerInstance)));

        /// <summary>The peak as a percentage of what <paramref name="survivors"/> units carry, rounded to a whole percent.</summary>
        public int LoadPercent(int survivors) =>
            survivors <= 0 ? int.MaxValue : (int)Math.Round(100 * Peak / (survivors * PerInstance), MidpointRounding.AwayFromZero);

        public override string ToString() =>
            $"peak {Peak.ToString("G", CultureInfo.InvariantCulture)}, {PerInstance.ToString("G", CultureInfo.InvariantCulture)} per instance";
    }
}
