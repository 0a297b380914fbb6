using SpofAudit.Diagnostics;
using System;
using System.Collections.Generic;
using System.Management.Automation;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Rendering;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Compares two audits finding by finding, matched by stable id: JSON reports named by -ReferencePath and
    /// -DifferencePath, findings given as objects (the newer ones may be piped), or a JSON baseline named by
    /// -ReferencePath against findings given or piped as -DifferenceObject. Writes one FindingChange per finding:
    /// New, Changed, Resolved or Unchanged; for two JSON reports, then one TruckFactorChange per entrypoint whose
    /// truck factor differs.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "SpofReport", DefaultParameterSetName = PathAndObjectSet)]
    [OutputType(typeof(FindingChange), typeof(TruckFactorChange))]
    public sealed class CompareSpofReportCommand : SpofCommandBase
    {
        /// <summary>Two JSON report files.</summary>
        public const string PathSet = "Path";

        /// <summary>Two sets of Finding objects.</summary>
        public const string ObjectSet = "Object";

        /// <summary>
        /// A JSON baseline and the current findings: the usual gate. The default set, so piping findings into
        /// <c>Compare-SpofReport -ReferencePath base.json</c> binds here rather than asking for -DifferencePath.
        /// </summary>
        public const string PathAndObjectSet = "PathAndObject";

        private readonly List<Finding> _difference = new List<Finding>();

        /// <summary>The earlier JSON report.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathAndObjectSet)]
        [ValidateNotNullOrEmpty]
        public string ReferencePath { get; set; } = string.Empty;

        /// <summary>The later JSON report.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string DifferencePath { get; set; } = string.Empty;

        /// <summary>The earlier findings.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ObjectSet)]
        [AllowEmptyCollection]
        public Finding[] ReferenceObject { get; set; } = Array.Empty<Finding>();

        /// <summary>The later findings, usually piped from Get-SpofReport.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ObjectSet)]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = PathAndObjectSet)]
        [AllowEmptyCollection]
        public Finding[] DifferenceObject { get; set; } = Array.Empty<Finding>();

        /// <summary>Leave out the findings that did not change.</summary>
        [Parameter]
        public SwitchParameter ExcludeUnchanged { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName != PathSet)
            {
                _difference.AddRange(DifferenceObject);
            }
        }

        protected override void EndProcessing()
        {
            // Both files are read before giving up, so one run reports every bad file.
            var referenceReport = ParameterSetName == ObjectSet ? null : LoadReport(ReferencePath);
            var differenceReport = ParameterSetName == PathSet ? LoadReport(DifferencePath) : null;
            var reference = ParameterSetName == ObjectSet ? ReferenceObject : referenceReport?.Findings;
            var difference = ParameterSetName == PathSet ? differenceReport?.Findings : _difference;
            if (reference == null || difference == null)
            {
                return;
            }

            foreach (var change in ReportComparer.Compare(reference, difference))
            {
                if (!ExcludeUnchanged || change.Change != FindingChangeKind.Unchanged)
                {
                    WriteObject(change);
                }
            }

            if (referenceReport != null && differenceReport != null)
            {
                // Only two JSON reports carry truck factors; findings given as objects do not.
                foreach (var change in TruckFactorComparer.Compare(referenceReport, differenceReport))
                {
                    WriteObject(change);
                }
            }
        }

        private SpofReport? LoadReport(string path)
        {
            var files = ResolveInputFiles(new[] { path }, literal: false, "JSON report");
            if (files == null)
            {
                return null;
            }

            if (files.Count != 1)
            {
                WriteError(InputErrorRecords.Create(ErrorIds.AmbiguousPath, ErrorCategory.InvalidArgument, path, $"'{path}' matches {files.Count} files; name one JSON report."));
                return null;
            }

            var report = RunCore(() => ReportJsonReader.Load(files[0]), diagnostic => diagnostic.Location.File);
            foreach (var line in report?.Provenance.IncompleteLines ?? System.Array.Empty<string>())
            {
                // A change may only mean that a part was read in one report and not in the other.
                WriteWarning(SpofAudit.Diagnostics.VisibleText.ForTerminal($"{path} came from an incomplete inventory: {line}"));
            }

            return report;
        }
    }
}
