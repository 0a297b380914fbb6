using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Tab completion of <c>-ProfileName</c> with the profiles of the AWS shared config and credentials files:
    /// <c>AWS_CONFIG_FILE</c> (else ~/.aws/config: <c>[default]</c>, <c>[profile NAME]</c>) and
    /// <c>AWS_SHARED_CREDENTIALS_FILE</c> (else ~/.aws/credentials: <c>[NAME]</c>), the files the AWS SDK reads.
    /// With <c>-ProfileLocation</c> already on the command line, the profiles of that file only, as the read will use it.
    /// Only section headers are read, never a key; a missing, unreadable or oversized file adds nothing.
    /// </summary>
    public sealed class AwsProfileCompleter : IArgumentCompleter
    {
        private const long MaxFileBytes = 1024 * 1024;

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            var location = fakeBoundParameters?["ProfileLocation"] as string;
            return (string.IsNullOrWhiteSpace(location) ? ProfileNames() : ProfileNamesIn(ResolvedPath(location!)))
                .Where(p => p.Key.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(p => new CompletionResult(CompletionText.Quote(p.Key), p.Key, CompletionResultType.ParameterValue, $"{p.Key} ({p.Value})"))
                .ToArray();
        }

        /// <summary>Each profile once, with the file it was first found in.</summary>
        internal static IReadOnlyList<KeyValuePair<string, string>> ProfileNames()
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            var config = FileFrom("AWS_CONFIG_FILE", home, "config");
            var credentials = FileFrom("AWS_SHARED_CREDENTIALS_FILE", home, "credentials");
            var found = new List<KeyValuePair<string, string>>();
            foreach (var name in Sections(config).Select(ConfigProfile).Where(n => n != null))
            {
                found.Add(new KeyValuePair<string, string>(name!, config!));
            }

            foreach (var name in Sections(credentials))
            {
                found.Add(new KeyValuePair<string, string>(name, credentials!));
            }

            return found.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.First()).ToArray();
        }

        /// <summary>The profiles of one credentials file: <c>[NAME]</c>, or <c>[profile NAME]</c> if it is written as a config file.</summary>
        internal static IReadOnlyList<KeyValuePair<string, string>> ProfileNamesIn(string file) =>
            Sections(file)
                .Select(s => ConfigProfile(s) ?? s)
                .Distinct(StringComparer.Ordinal)
                .Select(name => new KeyValuePair<string, string>(name, file))
                .ToArray();

        // The value as typed may be relative to PowerShell's location, which is not the process's working directory.
        private static string ResolvedPath(string location)
        {
            var unquoted = location.Trim('\'', '"');
            try
            {
                using (var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
                {
                    shell.AddScript("param($p) $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($p)").AddArgument(unquoted);
                    var path = shell.Invoke().FirstOrDefault()?.BaseObject as string;
                    return string.IsNullOrEmpty(path) ? unquoted : path!;
                }
            }
            catch (Exception e) when (e is RuntimeException || e is InvalidOperationException || e is NotSupportedException)
            {
                return unquoted;
            }
        }

        private static string? FileFrom(string variable, string home, string name)
        {
            var set = Environment.GetEnvironmentVariable(variable);
            if (!string.IsNullOrWhiteSpace(set))
            {
                return set;
            }

            return string.IsNullOrEmpty(home) ? null : Path.Combine(Path.Combine(home, ".aws"), name);
        }

        // In the config file a profile is [default] or [profile NAME]; [sso-session X], [services X] are not profiles.
        private static string? ConfigProfile(string section)
        {
            if (section == "default")
            {
                return section;
            }

            const string prefix = "profile ";
            return section.StartsWith(prefix, StringComparison.Ordinal) ? section.Substring(prefix.Length).Trim() : null;
        }

        private static IEnumerable<string> Sections(string? file)
        {
            string[] lines;
            try
            {
                if (file == null || !File.Exists(file) || new FileInfo(file).Length > MaxFileBytes)
                {
                    return Array.Empty<string>();
                }

                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Array.Empty<string>();
            }

            return lines
                .Select(l => l.Trim())
                .Where(l => l.Length > 2 && l[0] == '[' && l[l.Length - 1] == ']')
                .Select(l => l.Substring(1, l.Length - 2).Trim())
                .Where(l => l.Length > 0)
                .ToArray();
        }
    }
}
