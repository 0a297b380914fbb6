using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
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
    [OutputType(typeof(FileInfo))]
    public sealed class ExportSpofGraphCommand : ModelInputCommand
    {
        private bool _outFileWritten;

        /// <summary>The graph language: Mermaid (default), Dot or OpenPsa.</summary>
        [Parameter]
        public GraphFormat Format { get; set; } = GraphFormat.Mermaid;

        /// <summary>The file to write; without it the graph text goes to the pipeline.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? OutFile { get; set; }

        /// <summary>With -OutFile: do not replace an existing file (error NoClobber), as Out-File -NoClobber does.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>With -OutFile: replace a read-only file (it stays read-only), as Out-File -Force does.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>With -OutFile: write the FileInfo of the graph file to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

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

            var refused = OutputFileWriter.Refuse(file, outFile, NoClobber);
            if (refused != null)
            {
                WriteError(refused);
                return;
            }

            if (!ShouldProcess(file, $"Write {Format} graph of model '{model.Name}'"))
            {
                return;
            }

            var failed = OutputFileWriter.Write(file, outFile, graph, Force);
            if (failed != null)
            {
                WriteError(failed);
                return;
            }

            _outFileWritten = true;
            EngineHost.WriteVerbose($"Wrote the {Format} graph of model '{model.Name}' to {file}.");
            if (PassThru)
            {
                WriteObject(new FileInfo(file));
            }
        }
    }
}
