using SpofAudit.Diagnostics;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SpofAudit.Analysis.Availability;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Availability for a terminal: the assumptions, one row per entrypoint (availability, nines, method), then per
    /// entrypoint its most important events and the best single change with its before and after.
    /// </summary>
    public static class AvailabilityTableWriter
    {
        /// <summary>How many events per entrypoint the table lists; JSON lists them all.</summary>
        public const int ImportantEvents = 5;

        public static void Write(string model, AvailabilityAssumptions assumptions, IReadOnlyList<AvailabilityResult> results, TextWriter writer)
        {
            writer.WriteLine(VisibleText.ForTerminal($"Model {model}, assuming {assumptions}"));
            writer.WriteLine();
            var table = new TextTable(("Entrypoint", 30), ("Availability", 0), ("Nines", 0), ("Unavailability", 0), ("Method", 0));
            foreach (var r in results)
            {
                var method = r.StandardError is double error ? $"{r.Method}, ±{Probability(error)}" : r.Method;
                table.AddRow(r.Entrypoint, Percent(r.Availability), NinesScale.Format(r.Nines), Probability(r.Unavailability), method);
            }

            table.Write(writer);
            foreach (var r in results)
            {
                writer.WriteLine();
                if (r.Importance.Count > 0)
                {
                    writer.WriteLine(VisibleText.ForTerminal($"{r.Entrypoint}: most important events"));
                    var events = new TextTable(("Event", 40), ("Component", 30), ("P(failed)", 0), ("Birnbaum", 0), ("Fussell-Vesely", 0));
                    foreach (var e in r.Importance.Take(ImportantEvents))
                    {
                        events.AddRow(e.Event, e.Component ?? string.Empty, Probability(e.FailureProbability), Probability(e.Birnbaum), Probability(e.FussellVesely));
                    }

                    events.Write(writer);
                }

                writer.WriteLine(VisibleText.ForTerminal(r.BestChange == null
                    ? $"{r.Entrypoint}: no single change tried improves it"
                    : $"{r.Entrypoint}: best single change: {r.BestChange.Description}: {NinesScale.Format(r.BestChange.NinesBefore)} -> {NinesScale.Format(r.BestChange.NinesAfter)} nines (unavailability {Probability(r.BestChange.UnavailabilityBefore)} -> {Probability(r.BestChange.UnavailabilityAfter)})"));
            }
        }

        /// <summary>Enough digits to tell 99.99% from 99.999%.</summary>
        private static string Percent(double availability) => (availability * 100).ToString("0.########", CultureInfo.InvariantCulture) + "%";

        private static string Probability(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
    }
}
