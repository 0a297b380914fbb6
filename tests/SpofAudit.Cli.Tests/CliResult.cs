using System;
using System.Linq;

namespace SpofAudit.Cli.Tests
{
    /// <summary>What one run of spofaudit produced.</summary>
    public sealed class CliResult
    {
        public CliResult(int exitCode, string stdout, string stderr)
        {
            ExitCode = exitCode;
            Stdout = stdout;
            Stderr = stderr;
        }

        public int ExitCode { get; }
        public string Stdout { get; }
        public string Stderr { get; }

        public string[] StdoutLines => Lines(Stdout);
        public string[] StderrLines => Lines(Stderr);

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";

        private static string[] Lines(string text) =>
            text.Split('\n').Select(l => l.TrimEnd('\r')).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();

        /// <summary>The error contract: exit 2, exactly one stderr line "spofaudit: ...", nothing on stdout, no stack trace.</summary>
        public string AssertOneLineError(int exitCode = ExitCodes.BadInput)
        {
            Assert.True(exitCode == ExitCode, ToString());
            var line = Assert.Single(StderrLines);
            Assert.StartsWith("spofaudit: ", line);
            Assert.DoesNotContain("   at ", Stderr);
            Assert.DoesNotContain("Exception", Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, Stdout);
            return line;
        }
    }
}
