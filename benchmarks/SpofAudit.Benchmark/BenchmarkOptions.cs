using System;
using System.Globalization;

namespace SpofAudit.Benchmark
{
    /// <summary>Command-line knobs: model size, seed, repetitions, and whether to race SCRAM.</summary>
    internal sealed class BenchmarkOptions
    {
        public int Components { get; private set; } = 200_000;
        public int Seed { get; private set; } = 1;
        public int Repeat { get; private set; } = 5;
        public int ScramComponents { get; private set; } = 20_000;
        public bool Scram { get; private set; } = true;
        public int AvailabilityComponents { get; private set; } = 2_000;

        /// <summary>How many times SCRAM runs at each order; the race uses its median.</summary>
        public int ScramRepeat { get; private set; } = 3;

        /// <summary>
        /// Timed runs of the 20,000-component analysis: it takes tens of milliseconds, so many runs cost little and
        /// steady its median, which a few runs on a VM whose speed drifts cannot.
        /// </summary>
        public int RaceRepeat => Math.Max(Repeat, 21);

        /// <summary>Only the race against SCRAM (a quick run while iterating on the analysis).</summary>
        public bool RaceOnly { get; private set; }

        /// <summary>Only the pathological shapes (chains, cycles, fan-ins, depth 2 on a wide component).</summary>
        public bool ScaleOnly { get; private set; }

        /// <summary>Only the git-history evidence measurement.</summary>
        public bool HistoryOnly { get; private set; }

        /// <summary>Generated repositories, and commits in each, for the git-history measurement.</summary>
        public int HistoryRepositories { get; private set; } = 200;

        public int HistoryCommits { get; private set; } = 10_000;

        /// <summary>Only the availability measurement (a quick run while iterating on it).</summary>
        public bool AvailabilityOnly { get; private set; }

        public static BenchmarkOptions Parse(string[] args)
        {
            var options = new BenchmarkOptions();
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--components": options.Components = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seed": options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--repeat": options.Repeat = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--scram-components": options.ScramComponents = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--no-scram": options.Scram = false; break;
                    case "--availability-components": options.AvailabilityComponents = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--availability-only": options.AvailabilityOnly = true; break;
                    case "--scram-repeat": options.ScramRepeat = Math.Max(1, int.Parse(Next(), CultureInfo.InvariantCulture)); break;
                    case "--race-only": options.RaceOnly = true; break;
                    case "--scale-only": options.ScaleOnly = true; break;
                    case "--history-only": options.HistoryOnly = true; break;
                    case "--history-repositories": options.HistoryRepositories = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--history-commits": options.HistoryCommits = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    default: throw new ArgumentException($"unknown option {args[i]}; expected --components N, --seed N, --repeat N, --scram-components N, --scram-repeat N, --no-scram, --race-only, --scale-only, --history-only, --history-repositories N, --history-commits N, --availability-components N, --availability-only");
                }
            }

            return options;
        }
    }
}
