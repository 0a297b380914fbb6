using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;

namespace SpofAudit.Benchmark
{
    /// <summary>
    /// Runs a command and measures wall time and peak resident memory, read from /proc's VmHWM (the
    /// kernel's own high-water mark) by polling while the process lives.
    /// </summary>
    internal static class ChildProcess
    {
        public static (TimeSpan Elapsed, long PeakBytes, int ExitCode, string Stderr) Run(string fileName, params string[] arguments) =>
            Run(Timeout.InfiniteTimeSpan, long.MaxValue, fileName, arguments);

        /// <summary>
        /// As <see cref="Run(string, string[])"/>, but the process is killed once it has run for <paramref name="timeLimit"/>
        /// or its resident memory passed <paramref name="memoryLimit"/> bytes; its exit code is then -1.
        /// </summary>
        public static (TimeSpan Elapsed, long PeakBytes, int ExitCode, string Stderr) Run(TimeSpan timeLimit, long memoryLimit, string fileName, params string[] arguments)
        {
            var start = new ProcessStartInfo(fileName)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
            var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
            var stderr = process.StandardError.ReadToEndAsync();
            long peak = 0;
            var killed = false;
            while (!process.WaitForExit(5))
            {
                peak = Math.Max(peak, HighWaterMark(process.Id));
                if (!killed && ((timeLimit != Timeout.InfiniteTimeSpan && clock.Elapsed > timeLimit) || peak > memoryLimit))
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                }
            }

            clock.Stop();
            stdout.Wait();
            return (clock.Elapsed, peak, killed ? -1 : process.ExitCode, stderr.Result);
        }

        private static long HighWaterMark(int pid)
        {
            try
            {
                var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                return line == null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
            catch (IOException)
            {
                return 0;
            }
            catch (UnauthorizedAccessException)
            {
                return 0;
            }
        }
    }
}
