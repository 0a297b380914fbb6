using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SpofAudit.Fuzz
{
    /// <summary>
    /// spofaudit-fuzz [mutate|semantic|all] [--seconds N] [--cases N] [--seed N] [--work DIR]
    /// Runs each fuzzer for its time (or case) budget, prints its cases and outcomes, and exits 1 on any violation,
    /// listing what reproduces each. Seeds are fixed by default, so a CI run is repeatable.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var mode = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "all";
            var seconds = Option(args, "--seconds", 60);
            var cases = Option(args, "--cases", int.MaxValue);
            var seed = Option(args, "--seed", 1);
            var root = RepositoryRoot();
            var work = OptionText(args, "--work") ?? Path.Combine(root, "out", "fuzz");
            if (mode != "mutate" && mode != "semantic" && mode != "all")
            {
                Console.Error.WriteLine($"spofaudit-fuzz: unknown mode '{mode}'; expected mutate, semantic or all");
                return 2;
            }

            var violations = 0;
            if (mode != "semantic")
            {
                var examples = Directory.GetFiles(Path.Combine(root, "examples"), "*.yaml").OrderBy(p => p, StringComparer.Ordinal).ToArray();
                var tally = new MutationFuzzer(examples, Path.Combine(work, "mutate")).Run(seed, TimeSpan.FromSeconds(seconds), cases);
                violations += Report($"mutation fuzzing of {examples.Length} example files (seed {seed})", tally);
            }

            if (mode != "mutate")
            {
                var tally = SemanticFuzzer.Run(seed, TimeSpan.FromSeconds(seconds), cases);
                violations += Report($"semantic fuzzing of random models (seed {seed})", tally);
            }

            return violations == 0 ? 0 : 1;
        }

        private static int Report(string title, FuzzTally tally)
        {
            Console.WriteLine($"{title}: {tally.Cases:N0} cases: {tally.Summary()}");
            // The first three of each kind: the rest are usually the same fault.
            foreach (var kind in tally.Violations.GroupBy(v => v.Outcome))
            {
                Console.WriteLine($"  VIOLATIONS: {kind.Count():N0} {kind.Key}, for example:");
                foreach (var violation in kind.Take(3))
                {
                    Console.WriteLine("    " + violation.Detail);
                }
            }

            return tally.Violations.Count;
        }

        private static int Option(string[] args, string name, int fallback) =>
            OptionText(args, name) is string text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        private static string? OptionText(string[] args, string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "SpofAudit.slnx")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("run spofaudit-fuzz from the repository's build output");
        }
    }
}
