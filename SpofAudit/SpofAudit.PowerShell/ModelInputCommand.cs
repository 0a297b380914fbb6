using System;
using System.Management.Automation;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Base of the cmdlets that work on one model: it comes from -Path (architecture files, merged) or
    /// from -Model (usually piped from Get-SpofModel, one model per pipeline object).
    /// </summary>
    public abstract class ModelInputCommand : SpofCommandBase
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
        protected virtual SpofModel? SelectModel() =>
            ParameterSetName == ParameterSets.Model ? Model : ParameterSetName == ParameterSets.Aws ? LoadFromAws() : LoadFromPath();

        /// <summary>The model of a live account, for cmdlets with the Aws parameter set; null when it could not be read.</summary>
        protected virtual SpofModel? LoadFromAws() => null;

        /// <summary>Does the cmdlet's work on one model and writes its output.</summary>
        protected abstract void ProcessModel(SpofModel model);

        private SpofModel? LoadFromPath()
        {
            var files = ResolveInputFiles(Path, literal: false);
            return files == null ? null : LoadModel(files);
        }
    }
}
