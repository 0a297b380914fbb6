using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Sources
{
    /// <summary>The verbose line every face writes once a model is built, whatever its source.</summary>
    public static class ModelSummary
    {
        public static string Describe(SpofModel model) =>
            $"model '{model.Name}': {model.Components.Count} components, {model.Entrypoints.Count} entrypoint{(model.Entrypoints.Count == 1 ? string.Empty : "s")} ({Recommendations.Describe(model.Entrypoints)})";
    }
}
