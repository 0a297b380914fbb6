using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Analysis;
using SpofAudit.Export;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Testing;
using Xunit.Abstractions;

namespace SpofAudit.Tests.Export
{
    /// <summary>Parse-level checks of the DOT graph on random models; Graphviz itself validates it when <c>dot</c> is installed.</summary>
    public class DotExportTests
    {
        private readonly ITestOutputHelper _output;

        public DotExportTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void Every_component_dependency_and_mark_appears()
        {
            for (var seed = 0; seed < 200; seed++)
            {
                var model = RandomModels.Small(seed);
                var report = new SpofAnalyzer().Analyze(model);
                var problem = Check(model, report, ExportText.Of(model, GraphFormat.Dot));
                Assert.True(problem == null, $"RandomModels.Small({seed}): {problem}");
            }
        }

        [Fact]
        public void Quotes_and_backslashes_are_escaped()
        {
            Assert.Equal("\"a\\\"b\\\\c\\nd\"", DotGraphWriter.Quote("a\"b\\c\nd"));
        }

        [Fact]
        public async System.Threading.Tasks.Task Graphviz_accepts_the_output_when_installed()
        {
            var dot = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(d => Path.Combine(d, "dot")).FirstOrDefault(File.Exists);
            if (dot == null)
            {
                _output.WriteLine("NOT RUN: graphviz 'dot' is not on PATH; the parse-level checks above still ran.");
                return;
            }

            foreach (var seed in Enumerable.Range(0, 20))
            {
                var start = new ProcessStartInfo(dot, "-Tsvg") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                using var process = Process.Start(start)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                process.StandardInput.Write(ExportText.Of(RandomModels.Small(seed), GraphFormat.Dot));
                process.StandardInput.Close();
                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, $"RandomModels.Small({seed}): dot failed: {await stderr}");
                Assert.Contains("<svg", await stdout);
            }
        }

        private static string? Check(SpofModel model, SpofReport report, string text)
        {
            var nodes = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var edges = new List<(string From, string To, Dictionary<string, string> Attributes)>();
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            if (!lines[0].StartsWith("digraph \"", StringComparison.Ordinal) || lines.Last(l => l.Length > 0) != "}")
            {
                return "not a digraph";
            }

            foreach (var line in lines.Skip(1).Select(l => l.Trim()).Where(l => l.StartsWith("\"", StringComparison.Ordinal)))
            {
                var pos = 0;
                var first = ReadQuoted(line, ref pos);
                if (line.Substring(pos).StartsWith(" -> ", StringComparison.Ordinal))
                {
                    pos += 4;
                    var second = ReadQuoted(line, ref pos);
                    edges.Add((first, second, Attributes(line, pos)));
                }
                else
                {
                    nodes[first] = Attributes(line, pos);
                }
            }

            var componentNodes = nodes.Keys.Where(k => k.StartsWith("c:", StringComparison.Ordinal)).Select(k => k.Substring(2)).OrderBy(n => n, StringComparer.Ordinal);
            if (!componentNodes.SequenceEqual(model.Components.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal)))
            {
                return "the component nodes are not exactly the model's components";
            }

            foreach (var component in model.Components)
            {
                var attributes = nodes["c:" + component.Name];
                var classes = attributes.TryGetValue("class", out var c) ? c.Split(' ') : Array.Empty<string>();
                var isSpof = report.Findings.Any(f => (f.Kind == FindingKind.SinglePointOfFailure || f.Kind == FindingKind.CapacityRisk) && f.TargetType == TargetType.Component && f.Target == component.Name);
                if (isSpof != classes.Contains("spof") || isSpof != (attributes.TryGetValue("color", out var color) && color == "#c62828"))
                {
                    return $"{component.Name}: spof marking does not match the findings";
                }

                if (model.Entrypoints.Contains(component.Name) != classes.Contains("entrypoint"))
                {
                    return $"{component.Name}: entrypoint marking wrong";
                }

                if (!attributes["label"].StartsWith(component.Name + "\n", StringComparison.Ordinal))
                {
                    return $"{component.Name}: label does not start with the name";
                }

                foreach (var dependency in component.DependsOn)
                {
                    bool Styled(Dictionary<string, string> a) => dependency.Soft == (a.TryGetValue("style", out var s) && s == "dashed");
                    var from = "c:" + component.Name;
                    if (dependency.Form == DependencyForm.Single)
                    {
                        if (!edges.Any(e => e.From == from && e.To == "c:" + dependency.Members[0] && Styled(e.Attributes)))
                        {
                            return $"no edge {component.Name} -> {dependency}";
                        }

                        continue;
                    }

                    var label = dependency.Form == DependencyForm.AnyOf ? "any of" : $"{dependency.Required} of {dependency.Members.Count}";
                    var members = dependency.Members.Select(m => "c:" + m).OrderBy(m => m, StringComparer.Ordinal).ToArray();
                    var found = edges.Where(e => e.From == from && e.To.StartsWith("g:", StringComparison.Ordinal) && Styled(e.Attributes))
                        .Any(e => nodes[e.To]["label"] == label && nodes[e.To]["class"] == "group"
                            && edges.Where(m => m.From == e.To).Select(m => m.To).OrderBy(m => m, StringComparer.Ordinal).SequenceEqual(members));
                    if (!found)
                    {
                        return $"no '{label}' junction for {component.Name} -> {dependency}";
                    }
                }
            }

            foreach (var finding in report.Findings.Where(f => f.Kind == FindingKind.SingleZoneRisk || f.Kind == FindingKind.SingleRegionRisk
                || ((f.Kind == FindingKind.SinglePointOfFailure || f.Kind == FindingKind.CapacityRisk) && f.TargetType != TargetType.Component)))
            {
                var id = $"p:{finding.TargetType.ToString().ToLowerInvariant()}:{finding.Target}";
                if (!nodes.TryGetValue(id, out var place) || !place["class"].Split(' ').Contains("spof"))
                {
                    return $"{id} is at risk but not drawn as a marked node";
                }

                var held = edges.Where(e => e.From == id).Select(e => e.To.Substring(2)).OrderBy(n => n, StringComparer.Ordinal);
                if (!held.SequenceEqual(finding.Components.OrderBy(n => n, StringComparer.Ordinal)))
                {
                    return $"{id} is not joined to exactly the components it takes down";
                }
            }

            return null;
        }

        /// <summary>Reads a DOT double-quoted string at <paramref name="pos"/>, undoing the escapes.</summary>
        private static string ReadQuoted(string line, ref int pos)
        {
            Assert.Equal('"', line[pos]);
            var text = new StringBuilder();
            for (pos++; line[pos] != '"'; pos++)
            {
                if (line[pos] == '\\')
                {
                    pos++;
                    text.Append(line[pos] == 'n' ? '\n' : line[pos]);
                }
                else
                {
                    text.Append(line[pos]);
                }
            }

            pos++;
            return text.ToString();
        }

        /// <summary>The <c>[key=value, ...]</c> list after position <paramref name="pos"/>; values quoted or bare.</summary>
        private static Dictionary<string, string> Attributes(string line, int pos)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            var open = line.IndexOf('[', pos);
            if (open < 0)
            {
                return result;
            }

            pos = open + 1;
            while (line[pos] != ']')
            {
                while (line[pos] == ' ' || line[pos] == ',')
                {
                    pos++;
                }

                var eq = line.IndexOf('=', pos);
                var key = line.Substring(pos, eq - pos);
                pos = eq + 1;
                if (line[pos] == '"')
                {
                    result[key] = ReadQuoted(line, ref pos);
                }
                else
                {
                    var end = line.IndexOfAny(new[] { ',', ']' }, pos);
                    result[key] = line.Substring(pos, end - pos);
                    pos = end;
                }
            }

            return result;
        }
    }
}
