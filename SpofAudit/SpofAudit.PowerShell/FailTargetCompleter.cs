using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading.Tasks;
using SpofAudit.Analysis;
using SpofAudit.Hosting;
using SpofAudit.Sources;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Tab completion of Get-SpofImpact's <c>-Fail</c>: the component, instance, zone, region, domain, person and team
    /// names of the model in the <c>-Path</c> files typed on the same line (a name that is several kinds as kind:name).
    /// Bounded (at most <see cref="MaxFiles"/> files of <see cref="MaxFileBytes"/> bytes, read for at most
    /// <see cref="Budget"/>; the last model's names are kept while its files are unchanged) and silent: a missing,
    /// broken or too large model completes nothing, it never writes an error.
    /// </summary>
    public sealed class FailTargetCompleter : IArgumentCompleter
    {
        private const int MaxFiles = 16;
        private const long MaxFileBytes = 8L * 1024 * 1024;
        private const int MaxResults = 500;
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);
        private static readonly object CacheLock = new object();
        private static string? _cachedKey;
        private static IReadOnlyList<KeyValuePair<string, string>> _cachedNames = Array.Empty<KeyValuePair<string, string>>();

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
                return NamesOf(ModelFiles(fakeBoundParameters))
                    .Where(n => n.Key.StartsWith(typed, StringComparison.OrdinalIgnoreCase)
                        || $"{n.Value}:{n.Key}".StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                    .Select(n => typed.IndexOf(':') > 0 && n.Key.IndexOf(':') < 0 ? new KeyValuePair<string, string>($"{n.Value}:{n.Key}", n.Value) : n)
                    .Take(MaxResults)
                    .Select(n => new CompletionResult(CompletionText.Quote(n.Key), n.Key, CompletionResultType.ParameterValue, $"{n.Value} {n.Key}"))
                    .ToArray();
            }
            catch (Exception)
            {
                // Completion must never disturb typing: no model, no names.
                return Array.Empty<CompletionResult>();
            }
        }

        /// <summary>The -Path values on the line, resolved against the session's location, if they are few and small files.</summary>
        private static IReadOnlyList<string> ModelFiles(IDictionary fakeBoundParameters)
        {
            if (fakeBoundParameters == null || !fakeBoundParameters.Contains("Path"))
            {
                return Array.Empty<string>();
            }

            var given = LanguagePrimitives.GetEnumerable(fakeBoundParameters["Path"]) is IEnumerable many
                ? many.Cast<object>().Select(o => o?.ToString()).ToArray()
                : new[] { fakeBoundParameters["Path"]?.ToString() };
            var files = new List<string>();
            using (var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                foreach (var path in given.Where(p => !string.IsNullOrWhiteSpace(p)))
                {
                    shell.Commands.Clear();
                    shell.AddCommand("Microsoft.PowerShell.Management\\Resolve-Path").AddParameter("Path", path).AddParameter("ErrorAction", "Ignore");
                    files.AddRange(shell.Invoke<PathInfo>().Where(p => p.Provider.Name == "FileSystem").Select(p => p.ProviderPath));
                    if (files.Count > MaxFiles)
                    {
                        return Array.Empty<string>();
                    }
                }
            }

            return files.All(f => File.Exists(f) && new FileInfo(f).Length <= MaxFileBytes) ? files : (IReadOnlyList<string>)Array.Empty<string>();
        }

        private static IReadOnlyList<KeyValuePair<string, string>> NamesOf(IReadOnlyList<string> files)
        {
            if (files.Count == 0)
            {
                return Array.Empty<KeyValuePair<string, string>>();
            }

            var key = string.Join("|", files.Select(f => $"{f}@{File.GetLastWriteTimeUtc(f).Ticks}"));
            lock (CacheLock)
            {
                if (key == _cachedKey)
                {
                    return _cachedNames;
                }
            }

            var load = Task.Run(() => FailureEventParser.TargetNames(FileModelSource.Load(files, new NullHost())));
            if (!load.Wait(Budget))
            {
                return Array.Empty<KeyValuePair<string, string>>();
            }

            lock (CacheLock)
            {
                _cachedKey = key;
                _cachedNames = load.Result;
            }

            return load.Result;
        }
    }
}
