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
                    default: throw new ArgumentException($"unknown option {args[i]}; expected --components N, --seed N, --repeat N, --scram-components N, --no-scram, --availability-components N, --availability-only");
                }
            }

            return options;
        }
    }
}
