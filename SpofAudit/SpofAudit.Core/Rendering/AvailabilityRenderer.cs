using System;
using System.Collections.Generic;
using System.IO;
using SpofAudit.Analysis.Availability;

namespace SpofAudit.Rendering
{
    /// <summary>Writes availability results in one of <see cref="Formats"/>.</summary>
    public static class AvailabilityRenderer
    {
        public static readonly IReadOnlyList<ReportFormat> Formats = new[] { ReportFormat.Table, ReportFormat.Json };

        public static void Write(string model, AvailabilityAssumptions assumptions, IReadOnlyList<AvailabilityResult> results, ReportFormat format, TextWriter writer)
        {
            switch (format)
            {
                case ReportFormat.Table:
                    AvailabilityTableWriter.Write(model, assumptions, results, writer);
                    break;
                case ReportFormat.Json:
                    AvailabilityJsonWriter.Write(model, assumptions, results, writer);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Availability is written as table or json.");
            }
        }
    }
}
