using System.Collections.Generic;
using SpofAudit.Hosting;
using SpofAudit.Model;
using SpofAudit.Sources;

namespace SpofAudit.Cli
{
    /// <summary>
    /// The model every command analyses from the FILE arguments (YAML, or AWS / Azure exports with YAML overlays,
    /// read by the shared <see cref="FileModelSource"/>), with the CLI's verbose lines around it.
    /// </summary>
    public static class ModelSource
    {
        /// <summary>Throws SpofInputException (file:line:column) for anything wrong with the files.</summary>
        public static SpofModel Load(IReadOnlyList<string> paths, ISpofHost host)
        {
            host.WriteVerbose($"loading {string.Join(", ", paths)}");
            var model = FileModelSource.Load(paths, host);
            Describe(model, host);
            return model;
        }

        /// <summary>The verbose line every source ends with.</summary>
        public static void Describe(SpofModel model, ISpofHost host) => host.WriteVerbose(ModelSummary.Describe(model));
    }
}
