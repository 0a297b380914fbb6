using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace SpofAudit.Loading.History
{
    /// <summary>
    /// Reads a repository's history with the <c>git</c> command (no pack-file reading of our own): every non-merge
    /// commit, newest first, with its author and the files it added, modified or deleted. Bounded: a run longer than
    /// <see cref="TimeLimit"/> is stopped and counts as not read.
    /// </summary>
    internal static class GitLog
    {
        public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

        private const char RecordStart = '\u001e';
        private const char FieldSeparator = '\u001f';

        /// <summary>Whether <paramref name="folder"/> is the top of a git working tree (it holds <c>.git</c>).</summary>
        public static bool IsRepository(string folder) =>
            Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"));

        /// <summary>The commits, newest first.</summary>
        /// <exception cref="GitLogException">git is missing, failed, or ran past the time limit.</exception>
        public static IReadOnlyList<GitCommit> Read(string repository)
        {
            var start = new ProcessStartInfo("git", "-c core.quotepath=false log --no-merges --no-renames --format=%x1e%aN%x1f%at --name-status")
            {
                WorkingDirectory = repository,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
                StandardOutputEncoding = new UTF8Encoding(false),
            };
            start.EnvironmentVariables["GIT_TERMINAL_PROMPT"] = "0";
            start.EnvironmentVariables["LC_ALL"] = "C";

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new GitLogException("git could not be started");
            }
            catch (Win32Exception e)
            {
                throw new GitLogException("git is not installed or not on PATH (" + e.Message + ")");
            }

            using (process)
            {
                var error = new StringBuilder();
                process.ErrorDataReceived += (_, line) =>
                {
                    if (line.Data != null && error.Length < 2000)
                    {
                        error.Append(line.Data).Append(' ');
                    }
                };
                process.BeginErrorReadLine();
                var watch = Stopwatch.StartNew();
                var commits = new List<GitCommit>();
                string? author = null;
                long time = 0;
                var files = new List<GitFileChange>();
                string? line;
                while ((line = process.StandardOutput.ReadLine()) != null)
                {
                    if (watch.Elapsed > TimeLimit)
                    {
                        TryKill(process);
                        throw new GitLogException($"git log ran over {TimeLimit.TotalSeconds:0} s and was stopped");
                    }

                    if (line.Length > 0 && line[0] == RecordStart)
                    {
                        if (author != null)
                        {
                            commits.Add(new GitCommit(author, time, files.ToArray()));
                        }

                        var fields = line.Substring(1).Split(FieldSeparator);
                        author = fields[0];
                        time = fields.Length > 1 && long.TryParse(fields[1], out var seconds) ? seconds : 0;
                        files.Clear();
                    }
                    else if (line.Length > 2 && line[1] == '\t' && (line[0] == 'A' || line[0] == 'M' || line[0] == 'D'))
                    {
                        files.Add(new GitFileChange(line[0], line.Substring(2)));
                    }
                }

                if (author != null)
                {
                    commits.Add(new GitCommit(author, time, files.ToArray()));
                }

                if (!process.WaitForExit((int)TimeLimit.TotalMilliseconds))
                {
                    TryKill(process);
                    throw new GitLogException($"git log ran over {TimeLimit.TotalSeconds:0} s and was stopped");
                }

                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new GitLogException($"git log failed (exit {process.ExitCode}): {error.ToString().Trim()}");
                }

                return commits;
            }
        }

        private static void TryKill(Process process)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It ended on its own.
            }
        }
    }

    /// <summary>Why a repository's history could not be read.</summary>
    internal sealed class GitLogException : Exception
    {
        public GitLogException(string message)
            : base(message)
        {
        }
    }
}
