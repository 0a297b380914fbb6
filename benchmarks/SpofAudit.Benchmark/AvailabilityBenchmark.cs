using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using SpofAudit.Analysis.Availability;
using SpofAudit.Testing;

namespace SpofAudit.Benchmark
{
    /// <summary>
    /// The availability figure README.md quotes: Measure-SpofAvailability's whole analysis (every entrypoint's exact
    /// probability, importance and best change) on a generated model, median of the repetitions, and how many
    /// entrypoints were exact. Run alone: <c>-- --availability-only [--availability-components N]</c>.
    /// </summary>
    internal static class AvailabilityBenchmark
    {
        public static void Measure(int components, int seed, int repeat)
        {
            var model = RandomModels.Large(components, seed);
            var analyzer = new AvailabilityAnalyzer();
            var results = analyzer.Analyze(model);
            var times = Enumerable.Range(0, repeat).Select(_ =>
            {
                GC.Collect();
                var clock = Stopwatch.StartNew();
                analyzer.Analyze(model);
                return clock.Elapsed;
            }).OrderBy(t => t).ToArray();
            var exact = results.Count(r => r.Method == AvailabilityMethods.Exact);
            var worst = results.OrderBy(r => r.Nines).First();
            Console.WriteLine($"\n{components:N0}-component model, availability of {results.Count} entrypoints ({exact} exact, {results.Count - exact} estimated), with importance and best change:");
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  median of {0}: {1:F3} s (fastest {2:F3} s)", repeat, times[times.Length / 2].TotalSeconds, times[0].TotalSeconds));
            Console.WriteLine($"  least available: {worst.Entrypoint}, {NinesScale.Format(worst.Nines)} nines ({worst.Method})");
        }
    }
}
