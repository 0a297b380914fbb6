using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Findings;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A report as a SARIF 2.1.0 log, the format code-scanning tools ingest: one rule per finding kind, one
    /// result per finding located at the YAML file, line and column of the component it is about, with the
    /// finding id as a fingerprint so tools track a risk across runs, and accepted risks as suppressed results.
    /// </summary>
    public static class ReportSarifWriter
    {
        public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
        private const string InformationUri = "https://github.com/spofaudit/spofaudit";
        private const string IncompleteInventoryId = "IncompleteInventory";
        private static readonly IReadOnlyList<FindingRule> Rules = FindingRules.All;

        public static void Write(ReportSelection selection, TextWriter writer)
        {
            var json = new JsonWriter(writer);
            json.StartObject();
            json.Property("$schema", SchemaUri);
            json.Property("version", "2.1.0");
            json.Name("runs");
            json.StartArray();
            json.StartObject();
            WriteTool(json);
            var provenance = selection.Report.Provenance;
            if (provenance.IsIncomplete)
            {
                WriteInvocation(json, provenance);
            }

            json.Name("results");
            json.StartArray();
            foreach (var finding in selection.Findings)
            {
                WriteResult(json, finding);
            }

            json.EndArray();
            json.Name("properties");
            json.StartObject();
            json.Property("model", selection.Report.Model);
            json.Property("sources", selection.Report.Sources);
            if (provenance.IsIncomplete)
            {
                json.Property("incomplete", provenance.IncompleteLines);
            }

            if (TruckFactorSummary.ReportLine(selection.Report.TruckFactors) != null)
            {
                // Present only when the model names owners: what the PersonnelDependency and KnowledgeConcentration results add up to.
                WriteTruckFactors(json, selection.Report.TruckFactors);
            }

            json.EndObject();
            json.EndObject();
            json.EndArray();
            json.EndObject();
            json.EndDocument();
        }

        /// <summary>
        /// A partial read as SARIF says it: the run's invocation succeeded, with one warning notification per unread part,
        /// so a code-scanning tool shows that the results speak only for what was read.
        /// </summary>
        private static void WriteInvocation(JsonWriter json, Model.ModelProvenance provenance)
        {
            json.Name("invocations");
            json.StartArray();
            json.StartObject();
            json.Name("executionSuccessful");
            json.Boolean(true);
            json.Name("toolExecutionNotifications");
            json.StartArray();
            foreach (var part in provenance.Unread)
            {
                json.StartObject();
                json.Name("descriptor");
                json.StartObject();
                json.Property("id", IncompleteInventoryId);
                json.EndObject();
                json.Property("level", "warning");
                Text(json, "message", $"Incomplete inventory: {part.Source.Description} was not read in full ({part.Description}).");
                json.Name("properties");
                json.StartObject();
                json.Property("source", part.Source.Description);
                json.Property("scope", part.Scope);
                json.Property("part", part.Part);
                json.Property("reason", part.Reason);
                json.EndObject();
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            json.EndArray();
        }

        private static void WriteTool(JsonWriter json)
        {
            json.Name("tool");
            json.StartObject();
            json.Name("driver");
            json.StartObject();
            json.Property("name", "SpofAudit");
            json.Property("version", typeof(ReportSarifWriter).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
            json.Property("informationUri", InformationUri);
            json.Name("rules");
            json.StartArray();
            foreach (var rule in Rules)
            {
                json.StartObject();
                json.Property("id", rule.Kind.Name);
                Text(json, "shortDescription", rule.Description);
                Text(json, "fullDescription", rule.Description);
                json.Name("defaultConfiguration");
                json.StartObject();
                json.Property("level", Level(rule.DefaultSeverity));
                json.EndObject();
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            json.EndObject();
        }

        private static void WriteTruckFactors(JsonWriter json, IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            json.Name("truckFactors");
            json.StartObject();
            foreach (var factor in truckFactors)
            {
                json.Name(factor.Entrypoint);
                if (factor.TruckFactor is int value)
                {
                    json.Number(value);
                }
                else
                {
                    json.Null();
                }
            }

            json.EndObject();
        }

        private static void WriteResult(JsonWriter json, Finding finding)
        {
            json.StartObject();
            json.Property("ruleId", finding.Kind.ToString());
            json.Property("ruleIndex", FindingRules.IndexOf(finding.Kind));
            json.Property("level", Level(finding.Severity));
            Text(json, "message", $"{FindingRules.Of(finding.Kind).Explain(finding)} {finding.Recommendation}");
            json.Name("locations");
            json.StartArray();
            json.StartObject();
            if (finding.Location is { } location)
            {
                json.Name("physicalLocation");
                json.StartObject();
                json.Name("artifactLocation");
                json.StartObject();
                json.Property("uri", FileUri(location.File));
                json.EndObject();
                json.Name("region");
                json.StartObject();
                json.Property("startLine", location.Line);
                json.Property("startColumn", Math.Max(1, location.Column));
                json.EndObject();
                json.EndObject();
            }

            json.Name("logicalLocations");
            json.StartArray();
            json.StartObject();
            json.Property("name", finding.Target);
            json.Property("kind", finding.TargetType.ToString().ToLowerInvariant());
            json.EndObject();

            // A cloud resource has no file to point at: its ARN or resource id is a logical location (kind "resource",
            // one of SARIF's own kinds), which a reader copies into the console's search.
            foreach (var id in finding.ResourceIds)
            {
                json.StartObject();
                json.Property("name", id);
                json.Property("fullyQualifiedName", id);
                json.Property("kind", "resource");
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            json.EndArray();

            json.Name("partialFingerprints");
            json.StartObject();
            json.Property("spofauditFindingId/v1", finding.Id);
            json.EndObject();

            if (finding.Suppression is { } suppression)
            {
                json.Name("suppressions");
                json.StartArray();
                json.StartObject();
                json.Property("kind", "external");
                json.Property("status", "accepted");
                json.Property("justification", suppression.Justification);
                json.Name("properties");
                json.StartObject();
                json.Property("owner", suppression.Owner);
                if (suppression.Expires.HasValue)
                {
                    json.Property("expires", suppression.Expires.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                json.EndObject();
                json.EndObject();
                json.EndArray();
            }

            json.Name("properties");
            json.StartObject();
            json.Property("id", finding.Id);
            json.Property("severity", finding.Severity.ToString());
            json.Property("targetType", finding.TargetType.ToString());
            json.Property("affects", finding.Affects);
            if (finding.Affects.Omitted > 0)
            {
                json.Property("affectsCount", finding.AffectsCount);
            }

            json.Property("path", finding.Path);
            json.Property("components", finding.Components);
            if (finding.Components.Omitted > 0)
            {
                json.Property("componentCount", finding.ComponentCount);
            }

            if (finding.ResourceIds.Count > 0)
            {
                json.Property("resourceIds", finding.ResourceIds);
            }

            json.EndObject();
            json.EndObject();
        }

        /// <summary>SARIF levels: High and Critical fail a build as errors, Medium warns, the rest are notes.</summary>
        public static string Level(Severity severity) =>
            severity >= Severity.High ? "error" : severity == Severity.Medium ? "warning" : "note";

        /// <summary>A relative path stays relative (code-scanning tools resolve it against the checkout); an absolute one becomes a file: URI.</summary>
        public static string FileUri(string path)
        {
            if (Path.IsPathRooted(path))
            {
                return new Uri(Path.GetFullPath(path)).AbsoluteUri;
            }

            var segments = path.Replace('\\', '/').Split('/');
            return string.Join("/", segments.Select(Uri.EscapeDataString));
        }

        private static void Text(JsonWriter json, string name, string text)
        {
            json.Name(name);
            json.StartObject();
            json.Property("text", text);
            json.EndObject();
        }
    }
}
