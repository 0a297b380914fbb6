using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Writes the findings piped to it (from Get-SpofReport) to one report file: HTML for people, JSON, CSV
    /// or Markdown for tools and wikis, JUnit or SARIF for CI. Collects the whole pipeline first, so the file
    /// holds every finding; honours -WhatIf and -Confirm because it writes a file.
    /// </summary>
    [Cmdlet(VerbsData.Export, "SpofReport", SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportSpofReportCommand : SpofCommandBase
    {
        private readonly List<Finding> _findings = new List<Finding>();

        /// <summary>The findings to write, usually piped from Get-SpofReport.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowEmptyCollection]
        public Finding[] InputObject { get; set; } = Array.Empty<Finding>();

        /// <summary>The report file to write.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        /// <summary>
        /// The file format: Html, Json, Csv, Markdown, JUnit, Sarif (or Table, as plain text). Without it the extension of
        /// -Path decides (.html .htm .json .md .markdown .csv .xml = JUnit, .sarif .sarif.json); any other extension gets Json.
        /// </summary>
        [Parameter]
        public ReportFormat Format { get; set; } = ReportFormat.Json;

        /// <summary>For JUnit: findings at or above this severity are failures; without it every unaccepted finding is.</summary>
        [Parameter]
        public Severity FailOn { get; set; } = Severity.Info;

        /// <summary>
        /// The model the findings came from (Get-SpofModel): names the report and its sources even when no finding
        /// is left, and gives the HTML diagram the whole dependency graph instead of the findings' paths alone.
        /// </summary>
        [Parameter]
        public SpofModel? Model { get; set; }

        /// <summary>Do not replace an existing file: refuse it with the error NoClobber, as Out-File -NoClobber does.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Replace a read-only file (it stays read-only), as Out-File -Force does.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Write the FileInfo of the report to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            _findings.AddRange(InputObject);
        }

        protected override void EndProcessing()
        {
            var errors = new List<ErrorRecord>();
            var file = new InputPathResolver(this).ResolveOutput(Path, errors);
            if (file == null)
            {
                errors.ForEach(WriteError);
                return;
            }

            var refused = OutputFileWriter.Refuse(file, Path, NoClobber);
            if (refused != null)
            {
                WriteError(refused);
                return;
            }

            var format = ChooseFormat(file);
            var report = ExportedReport.Of(_findings, Model);
            if (!ShouldProcess(file, $"Write a {format} report of {_findings.Count} finding(s) of '{report.Model}'"))
            {
                return;
            }

            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), format, text, new ReportOptions(DateTimeOffset.Now, MyInvocation.BoundParameters.ContainsKey(nameof(FailOn)) ? FailOn : (Severity?)null, Model));
            var failed = OutputFileWriter.Write(file, Path, text.ToString(), Force);
            if (failed != null)
            {
                WriteError(failed);
                return;
            }

            EngineHost.WriteVerbose($"Wrote the {format} report of '{report.Model}' ({_findings.Count} findings) to {file}.");
            if (PassThru)
            {
                WriteObject(new FileInfo(file));
            }
        }

        /// <summary>-Format when given, else the format the file's extension names, else Json; says which in -Verbose.</summary>
        private ReportFormat ChooseFormat(string file)
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Format)))
            {
                return Format;
            }

            var inferred = ReportFileFormats.FromFileName(file);
            var extension = System.IO.Path.GetExtension(file);
            EngineHost.WriteVerbose(inferred == null
                ? $"No -Format, and the extension '{extension}' names no report format: writing {ReportFormat.Json}."
                : $"No -Format: writing {inferred}, the format the file name '{System.IO.Path.GetFileName(file)}' names.");
            return inferred ?? ReportFormat.Json;
        }
    }
}
