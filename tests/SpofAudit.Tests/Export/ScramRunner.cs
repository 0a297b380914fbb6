using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SpofAudit.Tests.Export
{
    /// <summary>
    /// Runs the Debian package <c>scram</c> (0.16.2) on an Open-PSA file and reads its report:
    /// <c>&lt;results&gt;&lt;sum-of-products name="top" ...&gt;&lt;product order="1"&gt;&lt;basic-event name="a"/&gt;...</c>.
    /// A top that never fails gives zero products and the warning "The set is NULL/Empty."; a top that always
    /// fails gives one empty product and "The set is UNITY/Base.".
    /// </summary>
    internal static class ScramRunner
    {
        /// <summary>The scram executable on PATH, or null.</summary>
        public static string? Find()
        {
            var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
            return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, "scram"))
                .FirstOrDefault(File.Exists);
        }

        /// <summary>Why the SCRAM tests cannot run, or null when they can. On CI a missing scram is a failure, not a skip.</summary>
        public static string? Unavailable(out bool mustFail)
        {
            mustFail = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
            return Find() == null
                ? "scram is not on PATH (Debian/Ubuntu: apt-get install scram; build.ps1 -Task Setup installs it as root), so the SCRAM oracle did not run"
                : null;
        }

        /// <summary>
        /// The scram to run, or null after writing why the test did not run; on CI (the CI variable set) a missing
        /// scram fails the test instead, so the oracle can never be skipped silently there.
        /// </summary>
        public static string? FindOrExplain(Xunit.Abstractions.ITestOutputHelper output)
        {
            var scram = Find();
            if (scram != null)
            {
                return scram;
            }

            var why = Unavailable(out var mustFail);
            Assert.False(mustFail, $"{why}; CI must install scram (the CI variable is set).");
            output.WriteLine($"NOT RUN: {why}.");
            return null;
        }

        public static ScramResult OrderOneCutSets(string scram, string mefFile) => CutSets(scram, mefFile, 1);

        /// <summary>The minimal cut sets of the top event up to <paramref name="order"/> events (<c>scram --mocus --limit-order</c>).</summary>
        public static ScramResult CutSets(string scram, string mefFile, int order)
        {
            var output = mefFile + ".out.xml";
            var start = new ProcessStartInfo(scram)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--mocus", "--limit-order", order.ToString(System.Globalization.CultureInfo.InvariantCulture), mefFile, "-o", output })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill();
                throw new TimeoutException($"scram did not finish on {mefFile} within 60 s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"scram failed ({process.ExitCode}) on {mefFile}: {stderr.Result}{stdout}");
            }

            var top = XDocument.Load(output).Descendants("sum-of-products").Single(s => (string?)s.Attribute("name") == "top");
            var products = top.Elements("product")
                .Select(p => (System.Collections.Generic.IReadOnlyList<string>)p.Elements("basic-event").Select(e => (string)e.Attribute("name")!).ToArray())
                .ToArray();
            return new ScramResult(products, (string?)top.Attribute("warning"));
        }
    }
}
