using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Export;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Testing;

namespace SpofAudit.Benchmark
{
    /// <summary>
    /// Prints the figures README.md quotes: for a generated model, the CLI end to end (wall time and peak
    /// memory of `spofaudit report --format json` as a separate process), YAML load time, analysis time,
    /// and the analysis at depth 1 and 2 against `scram --mocus --limit-order 1` and `2` on the same model.
    /// Run: dotnet run -c Release --project benchmarks/SpofAudit.Benchmark -- [--components N] [--seed N] [--race-only] [--scale-only] [--history-only [--history-repositories N] [--history-commits N]]
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            BenchmarkOptions options;
            try
            {
                options = BenchmarkOptions.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine($"benchmark: {e.Message}");
                return 2;
            }

            var work = Directory.CreateTempSubdirectory("spofaudit-bench-");
            try
            {
                Console.WriteLine($"SpofAudit benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, seed {options.Seed}");
                if (options.ScaleOnly)
                {
                    ScaleBenchmark.Measure(work.FullName);
                    return 0;
                }

                if (options.HistoryOnly)
                {
                    HistoryBenchmark.Measure(work.FullName, options.HistoryRepositories, options.HistoryCommits);
                    return 0;
                }

                if (!options.RaceOnly)
                {
                    AvailabilityBenchmark.Measure(options.AvailabilityComponents, options.Seed, options.Repeat);
                    if (options.AvailabilityOnly)
                    {
                        return 0;
                    }

                    MeasureEndToEnd(options.Components, options, work.FullName);
                }

                if (options.Scram)
                {
                    RaceScram(options.ScramComponents, options, work.FullName);
                }

                if (!options.RaceOnly)
                {
                    ScaleBenchmark.Measure(work.FullName);
                }

                return 0;
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }

        private static void MeasureEndToEnd(int components, BenchmarkOptions options, string work)
        {
            var path = WriteModel(components, options.Seed, work);
            Console.WriteLine($"\n{components:N0}-component model: {new FileInfo(path).Length / 1048576.0:F1} MiB of YAML");

            var cli = Path.Combine(AppContext.BaseDirectory, "spofaudit.dll");
            var output = Path.Combine(work, "report.json");
            var run = ChildProcess.Run("dotnet", cli, "report", path, "--format", "json", "--output", output);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"spofaudit exited {run.ExitCode}: {run.Stderr}");
            }

            Console.WriteLine($"  CLI end to end (spofaudit report --format json): {Seconds(run.Elapsed)}, peak memory {MiB(run.PeakBytes)}");

            var loader = new YamlModelLoader();
            var loadTimes = Enumerable.Range(0, options.Repeat).Select(_ => Time(() => loader.Load(new[] { path }))).ToArray();
            var model = loader.Load(new[] { path });
            var analyzer = new SpofAnalyzer();
            var findings = analyzer.Analyze(model).Findings.Count;
            var analysisTimes = Enumerable.Range(0, options.Repeat).Select(_ => Time(() => analyzer.Analyze(model))).ToArray();
            Console.WriteLine($"  load (YAML -> model), median of {options.Repeat}: {Seconds(Median(loadTimes))}");
            Console.WriteLine($"  analysis alone, median of {options.Repeat}: {Seconds(Median(analysisTimes))} ({findings:N0} findings)");
        }

        /// <summary>The analysis at depth 1 and 2 against SCRAM's MOCUS limited to the same order, on one model.</summary>
        private static void RaceScram(int components, BenchmarkOptions options, string work)
        {
            var path = WriteModel(components, options.Seed, work);
            var model = new YamlModelLoader().Load(new[] { path });
            var analyzer = new SpofAnalyzer();
            var mef = Path.Combine(work, "model.xml");
            using (var writer = new StreamWriter(mef))
            {
                GraphExporter.Write(model, analyzer.Analyze(model), GraphFormat.OpenPsa, writer);
            }

            foreach (var order in new[] { 1, 2 })
            {
                var depth = new AnalysisOptions(order);
                var findings = 0;
                for (var warmUp = 0; warmUp < RaceWarmUps; warmUp++)
                {
                    findings = analyzer.Analyze(model, depth).Findings.Count;
                }

                var analysis = Median(Enumerable.Range(0, options.RaceRepeat).Select(_ => Time(() => analyzer.Analyze(model, depth))).ToArray());
                var limit = order.ToString(CultureInfo.InvariantCulture);
                var scramTimes = new TimeSpan[options.ScramRepeat];
                long scramPeak = 0;
                for (var run = 0; run < scramTimes.Length; run++)
                {
                    var scram = ChildProcess.Run("scram", "--mocus", "--limit-order", limit, mef, "-o", Path.Combine(work, "scram.xml"));
                    if (scram.ExitCode != 0)
                    {
                        Console.WriteLine($"\nscram failed ({scram.ExitCode}): {scram.Stderr.Split('\n')[0]}");
                        return;
                    }

                    scramTimes[run] = scram.Elapsed;
                    scramPeak = Math.Max(scramPeak, scram.PeakBytes);
                }

                var scramMedian = Median(scramTimes);
                Console.WriteLine($"\n{components:N0}-component model, order-{order} minimal cut sets:");
                Console.WriteLine($"  SpofAudit analysis at depth {order}, median of {options.RaceRepeat} after {RaceWarmUps} warm-up runs: {Seconds(analysis)} ({findings:N0} findings)");
                Console.WriteLine($"  scram --mocus --limit-order {order}, median of {scramTimes.Length}: {Seconds(scramMedian)} (runs {string.Join(", ", scramTimes.Select(Seconds))}), peak memory {MiB(scramPeak)}");
                Console.WriteLine($"  SpofAudit is {scramMedian.TotalSeconds / analysis.TotalSeconds:N0}x faster");
            }
        }

        /// <summary>Runs before timing, so the race times the analysis's steady state, not its first compilation.</summary>
        private const int RaceWarmUps = 40;

        private static string WriteModel(int components, int seed, string work)
        {
            var path = Path.Combine(work, $"model-{components}.yaml");
            File.WriteAllText(path, YamlModelWriter.Write(RandomModels.Large(components, seed)));
            return path;
        }

        private static TimeSpan Time(Action action)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed;
        }

        private static TimeSpan Median(TimeSpan[] times) => times.OrderBy(t => t).ElementAt(times.Length / 2);

        private static string Seconds(TimeSpan time) => string.Format(CultureInfo.InvariantCulture, "{0:F3} s", time.TotalSeconds);

        private static string MiB(long bytes) => string.Format(CultureInfo.InvariantCulture, "{0:F0} MiB", bytes / 1048576.0);
    }
}
