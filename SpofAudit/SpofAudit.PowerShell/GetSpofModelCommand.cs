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
    public sealed class GetSpofModelCommand : CloudSourceCommand
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

        /// <summary>
        /// Backstage catalogs (catalog-info.yaml; wildcards allowed) whose owners join the components of the same name,
        /// with the catalog line as evidence. A catalog given as -Path is itself the model.
        /// </summary>
        [Parameter(ParameterSetName = ParameterSets.Path)]
        [Parameter(ParameterSetName = ParameterSets.LiteralPath)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Catalog { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            if (ReadsCloud)
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
            if (ReadsCloud)
            {
                var live = LoadCloudModel();
                if (live != null)
                {
                    WriteObject(live);
                }

                return;
            }

            if (_anyPathFailed || _files.Count == 0)
            {
                return;
            }

            var evidence = ResolveEvidence(Catalog, Array.Empty<string>());
            if (evidence == null)
            {
                return;
            }

            var model = LoadModel(_files.ToArray(), evidence);
            if (model != null)
            {
                WriteObject(model);
            }
        }
    }
}
