using System;
using System.Globalization;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>"Nines" of availability: −log10(unavailability); 99.9% up is 3 nines, never down is infinitely many.</summary>
    public static class NinesScale
    {
        public static double Of(double unavailability) =>
            unavailability <= 0 ? double.PositiveInfinity : -Math.Log10(unavailability);

        /// <summary>Two decimals, or "inf".</summary>
        public static string Format(double nines) =>
            double.IsPositiveInfinity(nines) ? "inf" : nines.ToString("0.00", CultureInfo.InvariantCulture);
    }
}
