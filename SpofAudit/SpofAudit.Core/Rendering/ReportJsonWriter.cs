using System.Collections.Generic;
using System.IO;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A report as the JSON of docs/design.md §5: <c>schemaVersion</c>, <c>model</c>, <c>findings</c>, each finding
    /// with its keys in the documented order and enums written as their names.
    /// </summary>
    public static class ReportJsonWriter
    {
        /// <summary>Bumped only when a consumer would have to change: keys removed, renamed or retyped.</summary>
        public const int SchemaVersion = 1;

        /// <summary>
        /// Writes the report; <paramref name="incomplete"/> (source lines of parts a live read could not see) becomes
        /// an <c>incomplete</c> array only when there are any.
        /// </summary>
        public static void Write(string model, IEnumerable<Finding> findings, TextWriter writer, IReadOnlyList<string>? incomplete = null) =>
            Write(model, findings, writer, incomplete, null);

        /// <summary>
        /// Writes the report with its provenance: when parts could not be read, the <c>incomplete</c> lines and, as
        /// data, an <c>unread</c> array (one object per part) that <see cref="ReportJsonReader"/> reads back.
        /// </summary>
        public static void Write(string model, IEnumerable<Finding> findings, TextWriter writer, ModelProvenance provenance) =>
            Write(model, findings, writer, provenance.IncompleteLines, provenance.Unread);

        /// <summary>
        /// Writes the selected <paramref name="findings"/> of <paramref name="report"/> with its provenance and, after the
        /// findings, a <c>truckFactors</c> array (one <c>{entrypoint, truckFactor}</c> per entrypoint, <c>null</c> when
        /// the model names no owner it could count, with the <c>operators</c> of what it depends on and their
        /// <c>evidence</c>, and <c>unlistedComponents</c> when that list was bounded) when any entrypoint has one.
        /// </summary>
        public static void Write(SpofReport report, IEnumerable<Finding> findings, TextWriter writer) =>
            Write(report.Model, findings, writer, report.Provenance.IncompleteLines, report.Provenance.Unread, report.TruckFactors);

        private static void Write(
            string model,
            IEnumerable<Finding> findings,
            TextWriter writer,
            IReadOnlyList<string>? incomplete,
            IReadOnlyList<UnreadPart>? unread,
            IReadOnlyList<EntrypointTruckFactor>? truckFactors = null)
        {
            var json = new JsonWriter(writer);
            json.StartObject();
            json.Property("schemaVersion", SchemaVersion);
            json.Property("model", model);
            if (incomplete != null && incomplete.Count > 0)
            {
                // Present only when a live read missed something, so complete reports keep the shape of docs/design.md §5.
                json.Property("incomplete", incomplete);
            }

            if (unread != null && unread.Count > 0)
            {
                WriteUnread(json, unread);
            }

            json.Name("findings");
            json.StartArray();
            foreach (var finding in findings)
            {
                WriteFinding(json, finding);
            }

            json.EndArray();
            if (truckFactors != null && HasAny(truckFactors))
            {
                // Present only when some owner could be counted, so reports of models without owners keep the shape of docs/design.md §5.
                WriteTruckFactors(json, truckFactors);
            }

            json.EndObject();
            json.EndDocument();
        }

        private static bool HasAny(IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            foreach (var factor in truckFactors)
            {
                if (factor.TruckFactor.HasValue)
                {
                    return true;
                }
            }

            return false;
        }

        private static void WriteTruckFactors(JsonWriter json, IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            json.Name("truckFactors");
            json.StartArray();
            foreach (var factor in truckFactors)
            {
                json.StartObject();
                json.Property("entrypoint", factor.Entrypoint);
                json.Name("truckFactor");
                if (factor.TruckFactor is int value)
                {
                    json.Number(value);
                }
                else
                {
                    json.Null();
                }

                if (factor.Operators.Count > 0)
                {
                    WriteOperators(json, factor.Operators);
                }

                if (factor.UnlistedComponents > 0)
                {
                    json.Property("unlistedComponents", factor.UnlistedComponents);
                }

                json.EndObject();
            }

            json.EndArray();
        }

        private static void WriteOperators(JsonWriter json, IReadOnlyList<ComponentOperator> operators)
        {
            json.Name("operators");
            json.StartArray();
            foreach (var owner in operators)
            {
                json.StartObject();
                json.Property("component", owner.Component);
                json.Property("owner", owner.Owner);
                json.Property("people", owner.People);
                json.Name("evidence");
                json.StartArray();
                foreach (var line in owner.Evidence)
                {
                    json.StartObject();
                    json.Property("source", line.Source);
                    json.Property("description", line.Description);
                    json.EndObject();
                }

                json.EndArray();
                json.EndObject();
            }

            json.EndArray();
        }

        private static void WriteUnread(JsonWriter json, IReadOnlyList<UnreadPart> unread)
        {
            json.Name("unread");
            json.StartArray();
            foreach (var part in unread)
            {
                json.StartObject();
                json.Property("source", part.Source.Description);
                json.Property("sourceKind", part.Source.Kind.ToString());
                json.Property("scope", part.Scope);
                json.Property("part", part.Part);
                json.Property("reason", part.Reason);
                if (part.Code != null)
                {
                    json.Property("code", part.Code);
                }

                json.Property("description", part.Description);
                json.EndObject();
            }

            json.EndArray();
        }

        /// <summary>The two events with how many instances each stands for, and whether the pair is any two of one group.</summary>
        private static void WriteGroupedPair(JsonWriter json, FailurePair pair)
        {
            json.Name("pair");
            json.StartObject();
            json.Property("first", pair.First);
            json.Property("firstKind", pair.FirstKind.ToString());
            json.Property("firstCount", pair.FirstCount);
            json.Property("second", pair.Second);
            json.Property("secondKind", pair.SecondKind.ToString());
            json.Property("secondCount", pair.SecondCount);
            json.Name("twoOfOneGroup");
            json.Boolean(pair.IsTwoOfOneGroup);
            json.EndObject();
        }

        private static void WriteFinding(JsonWriter json, Finding finding)
        {
            json.StartObject();
            json.Property("id", finding.Id);
            json.Property("kind", finding.Kind.ToString());
            json.Property("severity", finding.Severity.ToString());
            json.Property("target", finding.Target);
            json.Property("targetType", finding.TargetType.ToString());
            json.Property("affects", finding.Affects);
            if (finding.Affects.Omitted > 0)
            {
                // Only a list cut at its first names carries its count, so reports of smaller models keep the shape of docs/design.md §5.
                json.Property("affectsCount", finding.AffectsCount);
            }

            json.Property("path", finding.Path);
            json.Property("components", finding.Components);
            if (finding.Components.Omitted > 0)
            {
                json.Property("componentCount", finding.ComponentCount);
            }

            json.Property("recommendation", finding.Recommendation);
            if (finding.Likelihood is { } likelihood)
            {
                // Only double faults carry one, so depth-1 reports keep the shape of docs/design.md §5.
                json.Property("likelihood", likelihood);
            }

            if (finding.Pair is { } pair && (pair.FirstCount > 1 || pair.SecondCount > 1))
            {
                // Only a double fault of a group of instances carries it, so reports of single instances keep their shape.
                WriteGroupedPair(json, pair);
            }

            if (finding.ResourceIds.Count > 0)
            {
                // Only findings about cloud resources name any, so reports of YAML models keep the shape of docs/design.md §5.
                json.Property("resourceIds", finding.ResourceIds);
            }

            if (finding.Suppression is { } suppression)
            {
                // Present only on accepted risks, so reports without a suppression file are unchanged.
                json.Name("suppression");
                json.StartObject();
                json.Property("justification", suppression.Justification);
                json.Property("owner", suppression.Owner);
                if (suppression.Expires.HasValue)
                {
                    json.Property("expires", suppression.Expires.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                json.EndObject();
            }

            json.EndObject();
        }
    }
}
