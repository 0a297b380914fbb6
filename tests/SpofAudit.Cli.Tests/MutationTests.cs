using System;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Testing;

namespace SpofAudit.Cli.Tests
{
    /// <summary>
    /// No user input may reach the internal-error exit: damaged copies of every example (characters deleted,
    /// duplicated or replaced, seeded so failures reproduce) must all end in 0, 1 or 2, with one line on error.
    /// </summary>
    public sealed class MutationTests : IDisposable
    {
        private const string Noise = ":-[]{},\"'#&*!|> \n\t0a";
        private readonly TempFiles _files = new TempFiles();

        [Theory]
        [InlineData("webshop.yaml")]
        [InlineData("web-tier.yaml")]
        [InlineData("dns-two-lbs.yaml")]
        [InlineData("quorum-store.yaml")]
        [InlineData("two-regions.yaml")]
        [InlineData("capacity-cascade.yaml")]
        [InlineData("quorum-hygiene.yaml")]
        [InlineData("failover-and-data-loss.yaml")]
        public void Damaged_example_never_crashes(string example)
        {
            var original = File.ReadAllText(Examples.Path(example));
            var random = new Random(example.Length * 7919);
            var crashes = new StringBuilder();
            for (var round = 0; round < 150; round++)
            {
                var text = Mutate(original, random, 1 + random.Next(3));
                var path = _files.Write($"m{round}.yaml", text);
                var result = Cli.Run("report", path, "--format", "json");
                if (result.ExitCode > 2 || (result.ExitCode == 2 && result.StderrLines.Length != 1))
                {
                    crashes.AppendLine($"round {round}: {result.Stderr.Trim()}\n<<<\n{text}\n>>>");
                }
            }

            Assert.True(crashes.Length == 0, crashes.ToString());
        }

        public void Dispose() => _files.Dispose();

        private static string Mutate(string text, Random random, int edits)
        {
            var builder = new StringBuilder(text);
            for (var i = 0; i < edits && builder.Length > 0; i++)
            {
                var at = random.Next(builder.Length);
                switch (random.Next(3))
                {
                    case 0: builder.Remove(at, 1 + random.Next(Math.Min(5, builder.Length - at))); break;
                    case 1: builder.Insert(at, Noise[random.Next(Noise.Length)]); break;
                    default: builder[at] = Noise[random.Next(Noise.Length)]; break;
                }
            }

            return builder.ToString();
        }
    }
}
