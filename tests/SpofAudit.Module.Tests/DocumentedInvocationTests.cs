using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;

namespace SpofAudit.Module.Tests
{
    /// <summary>
    /// Every cmdlet call the README, docs, examples, Pester tests and help show must bind: each named parameter
    /// exists and one parameter set holds them all. Without pwsh here, this is what keeps a documented call from
    /// failing with "Parameter set cannot be resolved" in a user's shell.
    /// </summary>
    public sealed class DocumentedInvocationTests
    {
        private static readonly string[] CommonParameters =
        {
            "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
            "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
        };

        private static readonly Regex NamedParameter = new Regex(@"(?<=^|[\s\[])-([A-Za-z][A-Za-z0-9]*)\b", RegexOptions.CultureInvariant);

        [Fact]
        public void Every_documented_cmdlet_call_names_existing_parameters_of_one_parameter_set()
        {
            var cmdlets = BuiltModule.CmdletAssembly.Cmdlets.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
            var name = new Regex(@"\b(" + string.Join("|", cmdlets.Keys.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var problems = new List<string>();
            var calls = 0;
            foreach (var file in DocumentedFiles())
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    var line = WebUtility.HtmlDecode(lines[i]);
                    // A Pester test that expects a call to fail shows a call that must not bind.
                    if (line.Contains("Should -Throw", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    foreach (Match match in name.Matches(line))
                    {
                        if (IsArgument(line.Substring(0, match.Index)))
                        {
                            continue;
                        }

                        var cmdlet = cmdlets[match.Value];
                        var named = NamedParameters(line.Substring(match.Index + match.Length)).ToArray();
                        if (named.Length == 0)
                        {
                            continue;
                        }

                        calls++;
                        var where = $"{Path.GetRelativePath(RepositoryLayout.RepositoryRoot, file)}:{i + 1}: {cmdlet.Name} -{string.Join(" -", named)}";
                        var own = named.Where(p => !IsCommon(cmdlet, p)).ToArray();
                        var unknown = own.Where(p => !cmdlet.Parameters.Contains(p, StringComparer.OrdinalIgnoreCase)).ToArray();
                        if (unknown.Length > 0)
                        {
                            problems.Add($"{where}: no parameter {string.Join(", ", unknown)}");
                        }
                        else if (!cmdlet.OneSetHolds(own))
                        {
                            problems.Add($"{where}: no parameter set holds all of them");
                        }
                    }
                }
            }

            Assert.True(calls > 50, $"only {calls} documented calls found: the scan is broken");
            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }

        [Fact]
        public void The_scan_rejects_a_call_that_mixes_parameter_sets()
        {
            var compare = BuiltModule.CmdletAssembly.Cmdlets.Single(c => c.Name == "Compare-SpofReport");
            Assert.False(compare.OneSetHolds(new[] { "ReferenceObject", "ReferencePath" }));
            Assert.Equal(new[] { "DifferencePath", "ExcludeUnchanged" }, NamedParameters(" ./a.json -DifferencePath (Join-Path $d -ChildPath x) -ExcludeUnchanged | Where-Object { $_ -ne 1 }"));
            Assert.Equal(new[] { "Path" }, NamedParameters(" -Path ./a.yaml. Use -Kind to select."));
            Assert.True(IsArgument("Get-Help -Name "));
        }

        /// <summary>
        /// The named parameters of one call: up to a pipe, a statement or comment end, the end of inline code or
        /// of a sentence, skipping nested expressions.
        /// </summary>
        private static IEnumerable<string> NamedParameters(string rest)
        {
            var text = new System.Text.StringBuilder();
            var depth = 0;
            foreach (var c in rest)
            {
                if (c == '(' || c == '{')
                {
                    depth++;
                    continue;
                }

                if (c == ')' || c == '}')
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                    continue;
                }

                if (depth == 0 && (c == '|' || c == ';' || c == '`' || c == '#' || c == '<'))
                {
                    break;
                }

                // In prose (help paragraphs, README text) the call ends with its sentence.
                if (depth == 0 && c == ' ' && text.Length > 0 && text[text.Length - 1] == '.')
                {
                    break;
                }

                if (depth == 0)
                {
                    text.Append(c);
                }
            }

            return NamedParameter.Matches(text.ToString()).Select(m => m.Groups[1].Value);
        }

        /// <summary>Whether the name stands as another command's argument (Get-Help -Name Get-SpofReport), not as a call.</summary>
        private static bool IsArgument(string before) =>
            Regex.IsMatch(before, @"(^|\s)(-[A-Za-z]+|Get-Help|Get-Command|help)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private static bool IsCommon(CmdletDescription cmdlet, string parameter) =>
            CommonParameters.Contains(parameter, StringComparer.OrdinalIgnoreCase) ||
            (cmdlet.SupportsShouldProcess && (parameter.Equals("WhatIf", StringComparison.OrdinalIgnoreCase) || parameter.Equals("Confirm", StringComparison.OrdinalIgnoreCase)));

        private static IEnumerable<string> DocumentedFiles()
        {
            var root = RepositoryLayout.RepositoryRoot;
            var help = Path.Combine(root, "SpofAudit", "SpofAudit.PowerShell", "en-US");
            return new[] { Path.Combine(root, "README.md") }
                .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"))
                .Concat(Directory.GetFiles(Path.Combine(root, "examples"), "*.ps1"))
                .Concat(Directory.GetFiles(Path.Combine(root, "tests"), "*.ps1"))
                .Concat(Directory.GetFiles(help, "*.xml"))
                .Concat(Directory.GetFiles(help, "*.txt"))
                .OrderBy(f => f, StringComparer.Ordinal);
        }
    }
}
