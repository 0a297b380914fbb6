using System.Collections.Generic;
using System.IO;
using SpofAudit.Analysis.Availability;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Availability as JSON: <c>schemaVersion</c>, <c>model</c>, <c>assumptions</c>, and per entrypoint its
    /// <c>availability</c>, <c>unavailability</c>, <c>nines</c> (null when it can never be down), <c>method</c>,
    /// <c>standardError</c> (null when exact), every event's <c>importance</c> and the <c>bestChange</c> (or null).
    /// </summary>
    public static class AvailabilityJsonWriter
    {
        public static void Write(string model, AvailabilityAssumptions assumptions, IReadOnlyList<AvailabilityResult> results, TextWriter writer)
        {
            var json = new JsonWriter(writer);
            json.StartObject();
            json.Property("schemaVersion", ReportJsonWriter.SchemaVersion);
            json.Property("model", model);
            WriteAssumptions(json, assumptions);
            json.Name("entrypoints");
            json.StartArray();
            foreach (var result in results)
            {
                json.StartObject();
                json.Property("entrypoint", result.Entrypoint);
                Number(json, "availability", result.Availability);
                Number(json, "unavailability", result.Unavailability);
                Number(json, "nines", result.Nines);
                json.Property("method", result.Method);
                json.Name("standardError");
                if (result.StandardError is double error)
                {
                    json.Number(error);
                }
                else
                {
                    json.Null();
                }

                WriteImportance(json, result.Importance);
                WriteChange(json, result.BestChange);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            json.EndDocument();
        }

        private static void WriteAssumptions(JsonWriter json, AvailabilityAssumptions assumptions)
        {
            json.Name("assumptions");
            json.StartObject();
            Number(json, AvailabilityAssumptions.InstanceKey, assumptions.Instance);
            Number(json, AvailabilityAssumptions.ZoneKey, assumptions.Zone);
            Number(json, AvailabilityAssumptions.RegionKey, assumptions.Region);
            Number(json, AvailabilityAssumptions.DomainKey, assumptions.Domain);
            Number(json, AvailabilityAssumptions.FailoverKey, assumptions.Failover);
            json.EndObject();
        }

        private static void WriteImportance(JsonWriter json, IReadOnlyList<EventImportance> importance)
        {
            json.Name("importance");
            json.StartArray();
            foreach (var item in importance)
            {
                json.StartObject();
                json.Property("event", item.Event);
                json.Name("component");
                if (item.Component != null)
                {
                    json.String(item.Component);
                }
                else
                {
                    json.Null();
                }

                Number(json, "failureProbability", item.FailureProbability);
                Number(json, "birnbaum", item.Birnbaum);
                Number(json, "fussellVesely", item.FussellVesely);
                json.EndObject();
            }

            json.EndArray();
        }

        private static void WriteChange(JsonWriter json, AvailabilityChange? change)
        {
            json.Name("bestChange");
            if (change == null)
            {
                json.Null();
                return;
            }

            json.StartObject();
            json.Property("kind", change.Kind.ToString());
            json.Property("component", change.Component);
            json.Property("description", change.Description);
            Number(json, "unavailabilityBefore", change.UnavailabilityBefore);
            Number(json, "unavailabilityAfter", change.UnavailabilityAfter);
            Number(json, "ninesBefore", change.NinesBefore);
            Number(json, "ninesAfter", change.NinesAfter);
            Number(json, "ninesGained", change.NinesGained);
            json.EndObject();
        }

        private static void Number(JsonWriter json, string name, double value)
        {
            json.Name(name);
            json.Number(value);
        }
    }
}
