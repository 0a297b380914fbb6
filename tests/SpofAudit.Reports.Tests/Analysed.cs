using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Reports.Tests
{
    /// <summary>A model loaded from YAML and its report, the way the faces produce them.</summary>
    public sealed class Analysed
    {
        private Analysed(SpofModel model, SpofReport report)
        {
            Model = model;
            Report = report;
        }

        public SpofModel Model { get; }

        public SpofReport Report { get; }

        public static Analysed Load(params string[] paths)
        {
            var model = new YamlModelLoader().Load(paths);
            return new Analysed(model, new SpofAnalyzer().Analyze(model));
        }
    }
}
