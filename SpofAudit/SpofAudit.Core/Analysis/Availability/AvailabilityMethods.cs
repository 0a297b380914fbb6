namespace SpofAudit.Analysis.Availability
{
    /// <summary>The names every result carries in <see cref="AvailabilityResult.Method"/>.</summary>
    public static class AvailabilityMethods
    {
        /// <summary>Shannon expansion on a binary decision diagram: exact up to floating point.</summary>
        public const string Exact = "Exact (BDD)";

        /// <summary>Monte Carlo sampling of the failure states, for a diagram over the node budget.</summary>
        public static string MonteCarlo(int samples, int seed) => $"Monte Carlo ({samples} samples, seed {seed})";
    }
}
