using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace SpofAudit.Tests.Availability
{
    /// <summary>
    /// Runs SCRAM's exact quantitative analysis on an Open-PSA file: <c>scram --bdd --probability true --importance true
    /// FILE -o OUT</c>, and reads <c>&lt;sum-of-products name="top" probability="..."&gt;</c> and
    /// <c>&lt;importance name="top"&gt;&lt;basic-event name=".." MIF=".." DIF=".."/&gt;</c>. SCRAM 0.16.2 prints numbers
    /// with an ostream's default 6 significant digits, which bounds how closely its figures can be compared.
    /// </summary>
    internal static class ScramQuantitative
    {
        public static ScramQuantities Run(string scram, string mefFile)
        {
            var output = mefFile + ".out.xml";
            var start = new ProcessStartInfo(scram)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--bdd", "--probability", "true", "--importance", "true", mefFile, "-o", output })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill();
                throw new TimeoutException($"scram did not finish on {mefFile} within 120 s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"scram failed ({process.ExitCode}) on {mefFile}: {stderr.Result}{stdout}");
            }

            var results = XDocument.Load(output).Descendants("results").Single();
            var top = results.Elements("sum-of-products").Single(s => (string?)s.Attribute("name") == "top");
            var importance = results.Elements("importance").Single(s => (string?)s.Attribute("name") == "top")
                .Elements("basic-event")
                .ToDictionary(e => (string)e.Attribute("name")!, e => (Number(e, "MIF"), Number(e, "DIF")), StringComparer.Ordinal);
            return new ScramQuantities(Number(top, "probability"), importance);
        }

        /// <summary>Whether <paramref name="ours"/>, rounded to the 6 significant digits SCRAM prints, is <paramref name="printed"/>.</summary>
        public static bool SameAsPrinted(double ours, double printed)
        {
            if (printed == 0)
            {
                return Math.Abs(ours) < 1e-300;
            }

            var halfUnit = 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(printed))) - 5);
            return Math.Abs(ours - printed) <= halfUnit * (1 + 1e-9);
        }

        private static double Number(XElement element, string attribute) =>
            double.Parse((string)element.Attribute(attribute)!, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
