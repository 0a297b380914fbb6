using System.Collections.Generic;
using System.Globalization;
using SpofAudit.Findings;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// The one line a face writes about the report's truck factors (the cmdlets' verbose stream, the CLI's
    /// <c>--verbose</c>): "truck factor per entrypoint: back-office 2, shop 2 (...)".
    /// </summary>
    public static class TruckFactorSummary
    {
        /// <summary>
        /// The line reports print under their summary, "Truck factor per entrypoint: api 1, web 2.", or null when no
        /// entrypoint has one (nothing names an owner), so reports of models without owners are unchanged.
        /// </summary>
        public static string? ReportLine(IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            var parts = new List<string>(truckFactors.Count);
            var known = false;
            foreach (var factor in truckFactors)
            {
                known |= factor.TruckFactor.HasValue;
                parts.Add($"{factor.Entrypoint} {(factor.TruckFactor is int value ? value.ToString(CultureInfo.InvariantCulture) : "unknown")}");
            }

            return known ? $"Truck factor per entrypoint: {string.Join(", ", parts)}." : null;
        }

        /// <summary>The line, or null when no entrypoint has a truck factor (nothing names an owner).</summary>
        public static string? Describe(IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            var parts = new List<string>(truckFactors.Count);
            var known = false;
            foreach (var factor in truckFactors)
            {
                known |= factor.TruckFactor.HasValue;
                parts.Add($"{factor.Entrypoint} {(factor.TruckFactor is int value ? value.ToString(CultureInfo.InvariantCulture) : "unknown (no owner named)")}");
            }

            return known
                ? $"truck factor per entrypoint: {string.Join(", ", parts)} (how many people must be away at once before something it needs has nobody to operate it)"
                : null;
        }
    }
}
