using System.IO;
using SpofAudit.Analysis;
using SpofAudit.Export;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Tests.Export
{
    /// <summary>Exports a model (analysed on the spot) to a string.</summary>
    internal static class ExportText
    {
        public static string Of(SpofModel model, GraphFormat format)
        {
            using var writer = new StringWriter();
            GraphExporter.Write(model, new SpofAnalyzer().Analyze(model), format, writer);
            return writer.ToString();
        }
    }
}
