using System;
using System.Linq;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Testing
{
    /// <summary>The same architecture written differently: what must not change any finding.</summary>
    public static class ModelVariants
    {
        /// <summary>
        /// The model's file with components, people, teams and entrypoints in another order, comments and, where
        /// entrypoints are explicit, one unrelated redundant component.
        /// </summary>
        public static string Reordered(SpofModel model, int seed)
        {
            var random = new Random(seed);
            var reordered = new SpofModel(
                model.Name,
                model.Components.OrderBy(_ => random.Next()).ToArray(),
                model.HasExplicitEntrypoints ? model.Entrypoints.Reverse().ToArray() : null,
                model.Regions,
                model.People.Reverse().ToArray(),
                model.Teams.Reverse().ToArray(),
                model.Sources);
            var yaml = "# audited architecture, reordered\n" + YamlModelWriter.Write(reordered).Replace("components:\n", "components:\n  # components in another order\n");

            // Without explicit entrypoints a new component nothing depends on is a new entrypoint: not an unrelated edit.
            return model.HasExplicitEntrypoints ? yaml + "  unrelated-redundant-service:\n    instances: 3\n" : yaml;
        }
    }
}
