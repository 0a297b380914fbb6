using System;
using System.Collections.Generic;
using System.Management.Automation;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Builds one SpofModel from architecture files (YAML, or AWS CLI and Azure exports with YAML overlays), or
    /// from a live AWS account (-Aws) or live Azure (-Azure, in GetSpofModelCommand.Azure.cs). Every file given,
    /// by argument or from the pipeline, merges into a single model, written once at the end.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpofModel", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(SpofModel))]
    public sealed partial class GetSpofModelCommand : SpofCommandBase
    {
        private readonly List<string> _files = new List<string>();
        private bool _anyPathFailed;

        /// <summary>Architecture files; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ParameterSets.Path)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Architecture files named exactly; binds the PSPath of piped Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.LiteralPath)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>Read the model from a live AWS account (read-only Describe/List/Get calls).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Aws)]
        public SwitchParameter Aws { get; set; }

        /// <summary>AWS regions to read; default: the region of the SDK's chain (AWS_REGION, the profile).</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string[] Region { get; set; } = Array.Empty<string>();

        /// <summary>A profile of the shared AWS config and credentials files.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? ProfileName { get; set; }

        /// <summary>A role to assume with STS before reading.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? RoleArn { get; set; }

        /// <summary>One endpoint for every AWS service (emulators, tests); default: AWS_ENDPOINT_URL, else AWS's own.</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [ValidateNotNullOrEmpty]
        public string? EndpointUrl { get; set; }

        /// <summary>spofaudit/v1 files merged into the discovered (AWS or Azure) model (entrypoints, dependsOn, owners).</summary>
        [Parameter(ParameterSetName = ParameterSets.Aws)]
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] OverlayPath { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ParameterSets.Aws || ParameterSetName == ParameterSets.Azure)
            {
                return; // one live read, in EndProcessing
            }

            // Collect only: the files of all pipeline objects form one model, built in EndProcessing.
            var literal = ParameterSetName == ParameterSets.LiteralPath;
            var files = ResolveInputFiles(literal ? LiteralPath : Path, literal);
            if (files == null)
            {
                _anyPathFailed = true;
                return;
            }

            _files.AddRange(files);
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName == ParameterSets.Aws)
            {
                var options = AwsParameterValues.ToOptions(this, Region, ProfileName, RoleArn, EndpointUrl, OverlayPath);
                var live = options == null ? null : LoadAwsModel(options);
                if (live != null)
                {
                    WriteObject(live);
                }

                return;
            }

            if (ParameterSetName == ParameterSets.Azure)
            {
                WriteAzureModel();
                return;
            }

            if (_anyPathFailed || _files.Count == 0)
            {
                return;
            }

            var model = LoadModel(_files.ToArray());
            if (model != null)
            {
                WriteObject(model);
            }
        }
    }
}
