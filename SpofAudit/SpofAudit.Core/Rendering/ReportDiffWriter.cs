using SpofAudit.Diagnostics;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Writes a comparison of two reports (<see cref="ReportComparer"/>) as a terminal table, JSON or Markdown:
    /// one row per new, changed or resolved finding (unchanged ones are counted, not listed), then a summary.
    /// </summary>
    public static class ReportDiffWriter
    {
        public static readonly IReadOnlyList<ReportFormat> Formats = new[] { ReportFormat.Table, ReportFormat.Json, ReportFormat.Markdown };

        public static void Write(IReadOnlyList<FindingChange> changes, string reference, string difference, ReportFormat format, TextWriter writer) =>
            Write(changes, reference, difference, format, writer, ModelProvenance.Empty, ModelProvenance.Empty);

        /// <summary>
        /// Writes the comparison; when either report came from a partial read, its incomplete-inventory lines follow the
        /// summary (table, Markdown) or sit in <c>referenceIncomplete</c> / <c>differenceIncomplete</c> (JSON), since a
        /// finding "new" or "resolved" there may only mean that a part was read in one and not in the other.
        /// </summary>
        public static void Write(
            IReadOnlyList<FindingChange> changes, string reference, string difference, ReportFormat format, TextWriter writer,
            ModelProvenance referenceProvenance, ModelProvenance differenceProvenance) =>
            Write(changes, Array.Empty<TruckFactorChange>(), reference, difference, format, writer, referenceProvenance, differenceProvenance);

        /// <summary>
        /// As above, with the entrypoints whose truck factor changed (<see cref="TruckFactorComparer"/>): one line each
        /// before the summary (table), a list after it (Markdown), or <c>truckFactorChanges</c> (JSON), only when there are any.
        /// </summary>
        public static void Write(
            IReadOnlyList<FindingChange> changes, IReadOnlyList<TruckFactorChange> truckFactors, string reference, string difference, ReportFormat format, TextWriter writer,
            ModelProvenance referenceProvenance, ModelProvenance differenceProvenance)
        {
            var incomplete = new[] { (reference, Lines: referenceProvenance.IncompleteLines), (difference, Lines: differenceProvenance.IncompleteLines) };
            var listed = changes.Where(c => c.Change != FindingChangeKind.Unchanged).ToArray();
            switch (format)
            {
                case ReportFormat.Table:
                    if (listed.Length > 0)
                    {
                        var table = new TextTable(("Change", 0), ("Severity", 0), ("Kind", 0), ("Target", 30), ("What changed", 60));
                        foreach (var c in listed)
                        {
                            table.AddRow(c.Change.ToString(), SeverityText(c), c.Kind.ToString(), c.Target, Details(c));
                        }

                        table.Write(writer);
                        writer.WriteLine();
                    }

                    foreach (var factor in truckFactors)
                    {
                        writer.WriteLine(VisibleText.ForTerminal(Describe(factor)));
                    }

                    if (truckFactors.Count > 0)
                    {
                        writer.WriteLine();
                    }

                    writer.WriteLine(VisibleText.ForTerminal(Summary(changes, reference, difference)));
                    foreach (var (report, lines) in incomplete)
                    {
                        foreach (var line in lines)
                        {
                            writer.WriteLine(VisibleText.ForTerminal($"Incomplete inventory in {report}: {line}"));
                        }
                    }

                    break;
                case ReportFormat.Markdown:
                    writer.WriteLine($"# Changes in single points of failure: {MarkdownText.Escape(reference)} → {MarkdownText.Escape(difference)}");
                    writer.WriteLine();
                    writer.WriteLine(MarkdownText.Escape(Summary(changes, reference, difference)));
                    foreach (var (report, lines) in incomplete)
                    {
                        foreach (var line in lines)
                        {
                            writer.WriteLine();
                            writer.WriteLine($"**Incomplete inventory in {MarkdownText.Escape(report)}:** {MarkdownText.Escape(line)}");
                        }
                    }

                    if (truckFactors.Count > 0)
                    {
                        writer.WriteLine();
                        foreach (var factor in truckFactors)
                        {
                            writer.WriteLine("- " + MarkdownText.Escape(Describe(factor)));
                        }
                    }

                    if (listed.Length > 0)
                    {
                        writer.WriteLine();
                        writer.WriteLine(MarkdownText.Header("Change", "Severity", "Kind", "Target", "What changed"));
                        foreach (var c in listed)
                        {
                            writer.WriteLine(MarkdownText.Row(c.Change.ToString(), SeverityText(c), c.Kind.ToString(), c.Target, Details(c)));
                        }
                    }

                    break;
                case ReportFormat.Json:
                    WriteJson(changes, truckFactors, reference, difference, writer, incomplete[0].Lines, incomplete[1].Lines);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "A comparison is written as table, json or markdown.");
            }
        }

        public static string Summary(IReadOnlyList<FindingChange> changes, string reference, string difference)
        {
            int Count(FindingChangeKind kind) => changes.Count(c => c.Change == kind);
            return $"{reference} → {difference}: {Count(FindingChangeKind.New)} new, {Count(FindingChangeKind.Changed)} changed, " +
                $"{Count(FindingChangeKind.Resolved)} resolved, {Count(FindingChangeKind.Unchanged)} unchanged.";
        }

        /// <summary>"web: truck factor 2 -> 1 (fell, Medium; svc: carol)": what changed, how much a fall weighs, who is behind it.</summary>
        public static string Describe(TruckFactorChange change)
        {
            var how = change.Fell ? $"fell, {change.Severity}{(change.IsAccepted ? " accepted" : string.Empty)}"
                : change.Reference.HasValue && change.Difference.HasValue ? "rose"
                : change.Difference.HasValue ? "now known" : "no longer known";
            var who = change.FewestPeople.Count > 0 ? "; " + string.Join("; ", change.FewestPeople) : string.Empty;
            return $"{change.Describe()} ({how}{who})";
        }

        private static void WriteJson(
            IReadOnlyList<FindingChange> changes, IReadOnlyList<TruckFactorChange> truckFactors, string reference, string difference, TextWriter writer,
            IReadOnlyList<string> referenceIncomplete, IReadOnlyList<string> differenceIncomplete)
        {
            var json = new JsonWriter(writer);
            json.StartObject();
            json.Property("schemaVersion", ReportJsonWriter.SchemaVersion);
            json.Property("reference", reference);
            json.Property("difference", difference);
            if (referenceIncomplete.Count > 0)
            {
                json.Property("referenceIncomplete", referenceIncomplete);
            }

            if (differenceIncomplete.Count > 0)
            {
                json.Property("differenceIncomplete", differenceIncomplete);
            }

            json.Name("changes");
            json.StartArray();
            foreach (var c in changes)
            {
                json.StartObject();
                json.Property("change", c.Change.ToString());
                json.Property("id", c.Id);
                json.Property("kind", c.Kind.ToString());
                json.Property("target", c.Target);
                json.Property("severity", c.Severity.ToString());
                if (c.PreviousSeverity.HasValue)
                {
                    json.Property("previousSeverity", c.PreviousSeverity.Value.ToString());
                }

                json.Property("changedProperties", c.ChangedProperties);
                json.Property("recommendation", c.Current.Recommendation);
                json.EndObject();
            }

            json.EndArray();
            if (truckFactors.Count > 0)
            {
                // Present only when some truck factor changed, so other diffs keep their shape.
                WriteTruckFactors(json, truckFactors);
            }

            json.EndObject();
            json.EndDocument();
        }

        private static void WriteTruckFactors(JsonWriter json, IReadOnlyList<TruckFactorChange> truckFactors)
        {
            json.Name("truckFactorChanges");
            json.StartArray();
            foreach (var factor in truckFactors)
            {
                json.StartObject();
                json.Property("entrypoint", factor.Entrypoint);
                Factor(json, "reference", factor.Reference);
                Factor(json, "difference", factor.Difference);
                json.Name("fell");
                json.Boolean(factor.Fell);
                json.Property("severity", factor.Severity.ToString());
                json.Name("accepted");
                json.Boolean(factor.IsAccepted);
                json.Property("fewestPeople", factor.FewestPeople);
                json.EndObject();
            }

            json.EndArray();
        }

        private static void Factor(JsonWriter json, string name, int? value)
        {
            json.Name(name);
            if (value is int factor)
            {
                json.Number(factor);
            }
            else
            {
                json.Null();
            }
        }

        private static string SeverityText(FindingChange c) =>
            c.PreviousSeverity.HasValue && c.PreviousSeverity != c.Severity ? $"{c.PreviousSeverity} -> {c.Severity}" : c.Severity.ToString();

        private static string Details(FindingChange c)
        {
            switch (c.Change)
            {
                case FindingChangeKind.New:
                    return "affects " + c.Current.Affects;
                case FindingChangeKind.Resolved:
                    return "no longer found";
                default:
                    var parts = new List<string>();
                    foreach (var property in c.ChangedProperties)
                    {
                        switch (property)
                        {
                            case nameof(Finding.Affects):
                                parts.Add($"affects {c.Reference!.Affects} -> {c.Difference!.Affects}");
                                break;
                            case nameof(Finding.Components):
                                parts.Add($"components {c.Reference!.Components} -> {c.Difference!.Components}");
                                break;
                            case "Suppressed":
                                parts.Add(c.Difference!.IsSuppressed ? "now accepted" : "no longer accepted");
                                break;
                            default:
                                parts.Add(property.ToLowerInvariant());
                                break;
                        }
                    }

                    return string.Join("; ", parts);
            }
        }
    }
}
