using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;
using SpofAudit.Export;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Writes a model as a Mermaid, DOT or Open-PSA graph with its single points of failure marked: to the
    /// pipeline as text, or to -OutFile (a change to the system, so it honours -WhatIf and -Confirm).
    /// </summary>
    [Cmdlet(VerbsData.Export, "SpofGraph", DefaultParameterSetName = ParameterSets.Path, SupportsShouldProcess = true)]
    [OutputType(typeof(string))]
    public sealed class ExportSpofGraphCommand : ModelInputCommand
    {
        // Graph tools read UTF-8; a byte-order mark confuses some of them (and Windows PowerShell adds one by default).
        private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        private bool _outFileWritten;

        /// <summary>The graph language: Mermaid (default), Dot or OpenPsa.</summary>
        [Parameter]
        public GraphFormat Format { get; set; } = GraphFormat.Mermaid;

        /// <summary>The file to write; without it the graph text goes to the pipeline.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OutFile { get; set; }

        protected override void ProcessModel(SpofModel model)
        {
            var report = Analyze(model);
            if (OutFile == null)
            {
                var text = new StringWriter();
                GraphExporter.Write(model, report, Format, text);
                WriteObject(text.ToString());
                return;
            }

            // The file is UTF-8, so the text must say so where it declares an encoding (Open-PSA's XML declaration).
            var utf8 = new Utf8StringWriter();
            GraphExporter.Write(model, report, Format, utf8);
            WriteToFile(model, OutFile, utf8.ToString());
        }

        private void WriteToFile(SpofModel model, string outFile, string graph)
        {
            var errors = new List<ErrorRecord>();
            var file = new InputPathResolver(this).ResolveOutput(outFile, errors);
            if (file == null)
            {
                errors.ForEach(WriteError);
                return;
            }

            if (_outFileWritten)
            {
                // A second piped model would silently replace the first model's graph.
                WriteError(InputErrorRecords.Create(
                    ErrorIds.OutFileAlreadyWritten, ErrorCategory.ResourceExists, outFile, $"'{outFile}' already holds the graph of an earlier model; export model '{model.Name}' to another file."));
                return;
            }

            if (!ShouldProcess(file, $"Write {Format} graph of model '{model.Name}'"))
            {
                return;
            }

            try
            {
                File.WriteAllText(file, graph, Utf8NoBom);
                _outFileWritten = true;
                EngineHost.WriteVerbose($"Wrote the {Format} graph of model '{model.Name}' to {file}.");
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is System.Security.SecurityException)
            {
                WriteError(InputErrorRecords.Create(ErrorIds.OutFileWriteFailed, ErrorCategory.WriteError, outFile, $"Cannot write '{outFile}': {e.Message}", e));
            }
        }
    }
}
