using System.Collections.Generic;
using SpofAudit.Hosting;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Cli
{
    /// <summary>Builds the model every command analyses from the FILE arguments, with the core's strict YAML loader.</summary>
    public static class ModelSource
    {
        /// <summary>Throws SpofInputException (file:line:column) for anything wrong with the files.</summary>
        public static SpofModel Load(IReadOnlyList<string> paths, ISpofHost host)
        {
            host.WriteVerbose($"loading {string.Join(", ", paths)}");
            // Azure exports (JSON naming ARM ids) go to the Azure source, with any YAML files as overlays.
            var model = SpofAudit.Azure.AzureModelSource.AnyExport(paths)
                ? SpofAudit.Azure.AzureModelSource.FromFiles(paths, host)
                : new YamlModelLoader().Load(paths);
            host.CancellationToken.ThrowIfCancellationRequested();
            host.WriteVerbose($"model '{model.Name}': {model.Components.Count} components, {model.Entrypoints.Count} entrypoint{(model.Entrypoints.Count == 1 ? string.Empty : "s")} ({Recommendations.Describe(model.Entrypoints)})");
            return model;
        }
    }
}
