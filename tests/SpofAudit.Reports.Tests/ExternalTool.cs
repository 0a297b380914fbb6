using System;
using System.Diagnostics;

namespace SpofAudit.Reports.Tests
{
    /// <summary>Runs an external validator and returns its exit code and output; a hung tool fails the test instead of hanging it.</summary>
    public static class ExternalTool
    {
        public static (int ExitCode, string Output) Run(string file, string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo(file)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // The Multitool is a self-contained .NET app; it must not pick up the test host's settings.
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{file} did not finish within two minutes");
            }

            return (process.ExitCode, stdout + stderr.Result);
        }
    }
}
