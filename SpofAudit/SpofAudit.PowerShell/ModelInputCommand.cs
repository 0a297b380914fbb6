using System;
using System.Management.Automation;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that work on one model: it comes from -Path (architecture files, merged), from -Model
    /// (usually piped from Get-SpofModel, one model per pipeline object), or from a live cloud (-Aws, -Azure).
    /// </summary>
    public abstract class ModelInputCommand : CloudSourceCommand
    {
        /// <summary>Architecture files; wildcards allowed; several files merge into one model.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ParameterSets.Path)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Path { get; set; } = Array.Empty<string>();

        /// <summary>A model built by Get-SpofModel.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ParameterSets.Model)]
        [ValidateNotNull]
        public SpofModel Model { get; set; } = null!;

        protected override void ProcessRecord()
        {
            var model = SelectModel();
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

        private SpofModel? LoadFromPath()
        {
            var files = ResolveInputFiles(Path, literal: false);
            return files == null ? null : LoadModel(files);
        }
    }
}
