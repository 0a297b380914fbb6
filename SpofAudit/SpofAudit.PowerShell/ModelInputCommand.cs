using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that work on one model: it comes from -Path or -LiteralPath (architecture files, merged),
    /// from -Model (usually piped from Get-SpofModel, one model per pipeline object), or from a live cloud (-Aws, -Azure).
    /// Files piped from Get-ChildItem bind -LiteralPath by their PSPath and, like -Path's files, merge into one model.
    /// </summary>
    public abstract class ModelInputCommand : CloudSourceCommand
    {
        private readonly List<string> _literalFiles = new List<string>();
        private bool _anyLiteralPathFailed;

        /// <summary>Architecture files; wildcards allowed; several files merge into one model.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParameterSets.Path)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>Architecture files named exactly (no wildcards); binds the PSPath of piped Get-ChildItem output.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSets.LiteralPath)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = Array.Empty<string>();

        /// <summary>A model built by Get-SpofModel.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParameterSets.Model)]
        [ValidateNotNull]
        public SpofModel Model { get; set; } = null!;

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ParameterSets.LiteralPath)
            {
                // Collect only: the files of all pipeline objects form one model, as in Get-SpofModel.
                var files = ResolveInputFiles(LiteralPath, literal: true);
                if (files == null)
                {
                    _anyLiteralPathFailed = true;
                }
                else
                {
                    _literalFiles.AddRange(files);
                }

                return;
            }

            var model = SelectModel();
            if (model != null)
            {
                ProcessModel(model);
            }
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName != ParameterSets.LiteralPath || _anyLiteralPathFailed || _literalFiles.Count == 0)
            {
                return;
            }

            // A merged model missing one of its files would be wrong, not just smaller: load all or nothing.
            var model = LoadWithEvidence(_literalFiles.Distinct(StringComparer.Ordinal).ToArray());
            if (model != null)
            {
                ProcessModel(model);
            }
        }

        /// <summary>The model of the bound parameter set; null when its input was bad (errors written).</summary>
        private SpofModel? SelectModel() =>
            ParameterSetName == ParameterSets.Model ? Model : ReadsCloud ? LoadCloudModel() : LoadFromPath();

        /// <summary>Does the cmdlet's work on one model and writes its output.</summary>
        protected abstract void ProcessModel(SpofModel model);

        /// <summary>Backstage catalogs whose owners join the model's components, for the cmdlets that take -Catalog.</summary>
        protected virtual IReadOnlyList<string> CatalogPaths => Array.Empty<string>();

        /// <summary>On-call schedule exports the files are read with, for the cmdlets that take -OnCallSchedule.</summary>
        protected virtual IReadOnlyList<string> OnCallExportPaths => Array.Empty<string>();

        private SpofModel? LoadFromPath()
        {
            var files = ResolveInputFiles(Path, literal: false);
            return files == null ? null : LoadWithEvidence(files);
        }

        /// <summary>The files' model with the evidence files the cmdlet was given; null (errors written) when a path is bad.</summary>
        private SpofModel? LoadWithEvidence(IReadOnlyList<string> files)
        {
            var evidence = ResolveEvidence(CatalogPaths, OnCallExportPaths);
            return evidence == null ? null : LoadModel(files, evidence);
        }
    }
}
