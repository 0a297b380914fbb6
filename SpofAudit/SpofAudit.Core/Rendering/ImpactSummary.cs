using System.Linq;
using SpofAudit.Analysis;

namespace SpofAudit.Rendering
{
    /// <summary>The one-line verdict of a what-if: how many entrypoints went down or degraded, and how much else broke.</summary>
    public static class ImpactSummary
    {
        public static string Describe(ImpactReport impact)
        {
            var failed = string.Join(", ", impact.Failed.Select(f => f.ToString()));
            var total = impact.Entrypoints.Count;
            var down = impact.Entrypoints.Count(e => e.Status == HealthStatus.Down);
            var degraded = impact.Entrypoints.Count(e => e.Status == HealthStatus.Degraded);
            var affected = ReportSummary.Plural(impact.AffectedComponents.Count, "component");
            var verdict = down == 0 && degraded == 0
                ? "every entrypoint stays up"
                : $"{down} of {total} entrypoints down, {degraded} degraded";
            return $"Failing {failed} in {impact.Model}: {verdict}; {affected} affected.";
        }
    }
}
