using System;
using System.IO;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Export
{
    /// <summary>
    /// Writes a model as a graph with the report's findings marked on it (docs/design.md §6 <c>Export-SpofGraph</c>,
    /// <c>spofaudit graph</c>). Faces choose the format and the writer; this only dispatches.
    /// </summary>
    public static class GraphExporter
    {
        public static void Write(SpofModel model, SpofReport report, GraphFormat format, TextWriter writer)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            if (report == null)
            {
                throw new ArgumentNullException(nameof(report));
            }

            if (writer == null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            switch (format)
            {
                case GraphFormat.Mermaid:
                    MermaidGraphWriter.Write(model, report, writer);
                    break;
                case GraphFormat.Dot:
                    DotGraphWriter.Write(model, report, writer);
                    break;
                case GraphFormat.OpenPsa:
                    OpenPsaWriter.Write(model, writer);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown graph format.");
            }
        }
    }
}
