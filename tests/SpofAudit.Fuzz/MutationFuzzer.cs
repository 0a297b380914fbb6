using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Rendering;

namespace SpofAudit.Fuzz
{
    /// <summary>
    /// Mutated example files against the loader: every case must either load (and then analyse and render) or be
    /// refused with located one-line diagnostics. Anything else (another exception, a diagnostic without line and
    /// column, a line break inside a message, an analysis still running after its budget) is a violation, and its
    /// file is kept for the report.
    /// </summary>
    internal sealed class MutationFuzzer
    {
        private static readonly TimeSpan AnalysisBudget = TimeSpan.FromSeconds(10);

        private readonly string[] _examples;
        private readonly string _workFolder;

        public MutationFuzzer(string[] examples, string workFolder)
        {
            _examples = examples;
            _workFolder = workFolder;
        }

        public FuzzTally Run(int seed, TimeSpan budget, int maxCases)
        {
            var tally = new FuzzTally();
            var originals = _examples.Select(File.ReadAllBytes).ToArray();
            var clock = Stopwatch.StartNew();
            Directory.CreateDirectory(_workFolder);
            for (var index = 0; clock.Elapsed < budget && index < maxCases; index++)
            {
                // Each case has its own seed, so one case reproduces without replaying the run.
                var caseSeed = unchecked(seed * 1_000_003 + index);
                var random = new Random(caseSeed);
                var example = random.Next(originals.Length);
                var (bytes, description) = new YamlMutator(random).Mutate(originals[example]);
                var path = Path.Combine(_workFolder, Path.GetFileName(_examples[example]));
                File.WriteAllBytes(path, bytes);
                var outcome = Check(path, out var problem);
                if (problem == null)
                {
                    tally.Count(outcome);
                    continue;
                }

                var kept = Path.Combine(_workFolder, $"case-{caseSeed}-{Path.GetFileName(path)}");
                File.Copy(path, kept, overwrite: true);
                tally.Violation(outcome, $"{kept} (from {_examples[example]}: {description}): {problem}");
            }

            return tally;
        }

        private static string Check(string path, out string? problem)
        {
            problem = null;
            Model.SpofModel model;
            try
            {
                model = new YamlModelLoader().Load(new[] { path });
            }
            catch (SpofInputException refused)
            {
                foreach (var diagnostic in refused.Diagnostics)
                {
                    var text = diagnostic.ToString();
                    if (diagnostic.Location.File != path || diagnostic.Location.Line < 1 || diagnostic.Location.Column < 1)
                    {
                        problem = "diagnostic without its file, line and column: " + text;
                        return "refused without a location";
                    }

                    if (text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0)
                    {
                        problem = "diagnostic over several lines: " + text;
                        return "refused with a broken line";
                    }
                }

                return "refused with located diagnostics";
            }
            catch (Exception crash)
            {
                problem = "loader crashed: " + crash;
                return "loader crash";
            }

            using var cancellation = new CancellationTokenSource(AnalysisBudget);
            try
            {
                foreach (var depth in new[] { 1, 2 })
                {
                    var report = new SpofAnalyzer().Analyze(model, new AnalysisOptions(depth), cancellation.Token);
                    ReportJsonWriter.Write(model.Name, report.Findings, TextWriter.Null, model.Provenance);
                }
            }
            catch (OperationCanceledException)
            {
                problem = $"analysis still running after {AnalysisBudget.TotalSeconds:0} s";
                return "analysis over budget";
            }
            catch (Exception crash)
            {
                problem = "analysis or report crashed: " + crash;
                return "analysis crash";
            }

            return "loaded and analysed";
        }
    }
}
