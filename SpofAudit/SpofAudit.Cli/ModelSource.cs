using System.Collections.Generic;
using SpofAudit.Aws;
using SpofAudit.Hosting;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Builds the model every command analyses from the FILE arguments: the core's strict YAML loader, or, when a
    /// file is an AWS CLI or Azure (az graph query, az resource list) export, that cloud's mapping with the YAML
    /// files as overlays.
    /// </summary>
    public static class ModelSource
    {
        /// <summary>Throws SpofInputException (file:line:column) for anything wrong with the files.</summary>
        public static SpofModel Load(IReadOnlyList<string> paths, ISpofHost host)
        {
            host.WriteVerbose($"loading {string.Join(", ", paths)}");
            // Cloud exports go to their source, with any YAML files beside them as overlays.
            // Azure's test is the narrower one (ARM ids inside), so it goes first.
            var model = SpofAudit.Azure.AzureModelSource.AnyExport(paths) ? SpofAudit.Azure.AzureModelSource.FromFiles(paths, host)
                : AwsModelSource.AnyExport(paths) ? AwsModelSource.FromFiles(paths, host)
                : new YamlModelLoader().Load(paths);
            host.CancellationToken.ThrowIfCancellationRequested();
            Describe(model, host);
            return model;
        }

        /// <summary>The verbose line every source ends with.</summary>
        public static void Describe(SpofModel model, ISpofHost host)
        {
            host.WriteVerbose($"model '{model.Name}': {model.Components.Count} components, {model.Entrypoints.Count} entrypoint{(model.Entrypoints.Count == 1 ? string.Empty : "s")} ({Recommendations.Describe(model.Entrypoints)})");
        }
    }
}
