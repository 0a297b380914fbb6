using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Azure.Tests
{
    /// <summary>
    /// The real Azure outputs under tests/corpus/azure (see its SOURCES file). A REST API example holds a request and
    /// its responses: what an export would hold is the body of its 200 response, which is written to a scratch file
    /// and read the way a user's export is read.
    /// </summary>
    internal static class Corpus
    {
        public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus", relative);

        /// <summary>The 200 response body of a REST API example, as a file of its own (named after the example).</summary>
        public static string ResponseBody(string example)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path(example)));
            var body = document.RootElement.GetProperty("responses").GetProperty("200").GetProperty("body");
            var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spof-azure-corpus-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var file = System.IO.Path.Combine(directory, System.IO.Path.GetFileName(example));
            File.WriteAllText(file, body.GetRawText());
            return file;
        }

        /// <summary>The model of files read as exports: REST API examples by their 200 body, anything else as it is.</summary>
        public static SpofModel Model(RecordingHost host, params string[] files) =>
            AzureExportLoader.Load(files.Select(Export).ToArray(), host);

        public static SpofReport Report(RecordingHost host, params string[] files) => new SpofAnalyzer().Analyze(Model(host, files));

        public static SpofReport Report(params string[] files) => Report(new RecordingHost(), files);

        /// <summary>Finding ids in order, e.g. "SingleZoneRisk/eastus-nozone".</summary>
        public static IReadOnlyList<string> Ids(SpofReport report) => report.Findings.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal).ToArray();

        private static string Export(string file) => file.StartsWith("rest-api-specs/", StringComparison.Ordinal) ? ResponseBody(file) : Path(file);
    }
}
