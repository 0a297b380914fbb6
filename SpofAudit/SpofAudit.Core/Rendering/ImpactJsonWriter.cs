using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A what-if as JSON: <c>schemaVersion</c>, <c>model</c>, <c>failed</c> (as <c>kind:name</c>, the form
    /// <c>--fail</c> reads back), <c>entrypoints</c> and <c>affected</c>. Both lists are always present so the
    /// shape never depends on command-line switches.
    /// </summary>
    public static class ImpactJsonWriter
    {
        public static void Write(ImpactReport impact, TextWriter writer)
        {
            var json = new JsonWriter(writer);
            json.StartObject();
            json.Property("schemaVersion", ReportJsonWriter.SchemaVersion);
            json.Property("model", impact.Model);
            json.Property("failed", impact.Failed.Select(f => f.ToString()));
            WriteRecords(json, "entrypoints", impact.Entrypoints);
            WriteRecords(json, "affected", impact.AffectedComponents);
            json.EndObject();
            json.EndDocument();
        }

        private static void WriteRecords(JsonWriter json, string name, IEnumerable<ImpactRecord> records)
        {
            json.Name(name);
            json.StartArray();
            foreach (var record in records)
            {
                json.StartObject();
                json.Property("component", record.Component);
                json.Property("status", record.Status.ToString());
                json.Property("chain", record.Chain);
                json.Property("reason", record.Reason);
                json.EndObject();
            }

            json.EndArray();
        }
    }
}
