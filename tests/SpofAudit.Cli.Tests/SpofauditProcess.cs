using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace SpofAudit.Cli.Tests
{
    /// <summary>The built spofaudit run as a separate process, as a user's shell runs it.</summary>
    internal static class SpofauditProcess
    {
        /// <summary>Starts it; <paramref name="folder"/>, when given, is its working folder (relative paths print as written).</summary>
        public static ProcessStartInfo StartInfo(string? folder, params string[] args)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            if (folder != null)
            {
                start.WorkingDirectory = folder;
            }

            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "spofaudit.dll"));
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            return start;
        }

        /// <summary>Runs it to the end (at most a minute) and returns what it wrote.</summary>
        public static CliResult Run(string? folder, params string[] args)
        {
            using var process = Process.Start(StartInfo(folder, args))!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(60_000), "spofaudit did not finish within a minute");
            return new CliResult(process.ExitCode, stdout, stderr.Result);
        }
    }
}
