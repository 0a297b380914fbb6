using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpofAudit.Analysis;
using SpofAudit.Export;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Export
{
    /// <summary>Parse-level checks of the Mermaid flowchart on random models, whose names include quotes, dots and spaces.</summary>
    public class MermaidExportTests
    {
        private static readonly Regex Node = new Regex(@"^  (c\d+)(\(\[""(.*)""\]\)|\[""(.*)""\])$");
        private static readonly Regex Group = new Regex(@"^  (g\d+)\(\(""(.*)""\)\)$");
        private static readonly Regex Place = new Regex(@"^  (p\d+)\{\{""(.*)""\}\}$");
        private static readonly Regex Edge = new Regex(@"^  ([cgp]\d+) (-->|-\.->|-\.-) ([cgp]\d+)$");
        private static readonly Regex Class = new Regex(@"^  class ([\w,]+) (\w+)$");

        [Fact]
        public void Every_component_dependency_and_mark_appears()
        {
            for (var seed = 0; seed < 200; seed++)
            {
                var model = RandomModels.Small(seed);
                var report = new SpofAnalyzer().Analyze(model);
                var problem = Check(model, report, ExportText.Of(model, GraphFormat.Mermaid));
                Assert.True(problem == null, $"RandomModels.Small({seed}): {problem}");
            }
        }

        [Fact]
        public void Labels_escape_quotes_and_markup()
        {
            Assert.Equal("we#34;ird #60;b#62; #35;1 #38;", MermaidGraphWriter.Escape("we\"ird <b> #1 &"));
        }

        private static string? Check(SpofModel model, SpofReport report, string text)
        {
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            if (lines[0] != "flowchart TD")
            {
                return "does not start with 'flowchart TD'";
            }

            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var stadium = new HashSet<string>();
            var groupLabels = new Dictionary<string, string>();
            var placeLabels = new Dictionary<string, string>();
            var edges = new List<(string From, string Arrow, string To)>();
            var classes = new Dictionary<string, HashSet<string>>();
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                Match m;
                if ((m = Node.Match(line)).Success)
                {
                    var label = m.Groups[3].Success && m.Groups[3].Value.Length > 0 ? m.Groups[3].Value : m.Groups[4].Value;
                    var name = Unescape(label.Substring(0, label.IndexOf("<br/>", StringComparison.Ordinal)));
                    ids[name] = m.Groups[1].Value;
                    if (m.Groups[2].Value.StartsWith("([", StringComparison.Ordinal))
                    {
                        stadium.Add(m.Groups[1].Value);
                    }
                }
                else if ((m = Group.Match(line)).Success)
                {
                    groupLabels[m.Groups[1].Value] = m.Groups[2].Value;
                }
                else if ((m = Place.Match(line)).Success)
                {
                    placeLabels[m.Groups[1].Value] = Unescape(m.Groups[2].Value);
                }
                else if ((m = Edge.Match(line)).Success)
                {
                    edges.Add((m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));
                }
                else if ((m = Class.Match(line)).Success)
                {
                    foreach (var id in m.Groups[1].Value.Split(','))
                    {
                        (classes.TryGetValue(m.Groups[2].Value, out var set) ? set : classes[m.Groups[2].Value] = new HashSet<string>()).Add(id);
                    }
                }
                else if (!line.StartsWith("  %%", StringComparison.Ordinal) && !line.StartsWith("  classDef ", StringComparison.Ordinal) && !line.StartsWith("  linkStyle ", StringComparison.Ordinal))
                {
                    return $"unexpected line: {line}";
                }
            }

            if (!ids.Keys.OrderBy(n => n, StringComparer.Ordinal).SequenceEqual(model.Components.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal)))
            {
                return "the component nodes are not exactly the model's components";
            }

            var spofIds = ClassMembers(classes, "spof");
            foreach (var component in model.Components)
            {
                var isSpof = report.Findings.Any(f => (f.Kind == FindingKind.SinglePointOfFailure || f.Kind == FindingKind.CapacityRisk) && f.TargetType == TargetType.Component && f.Target == component.Name);
                if (isSpof != spofIds.Contains(ids[component.Name]))
                {
                    return $"{component.Name}: spof class is {!isSpof}, finding says {isSpof}";
                }

                var isEntry = model.Entrypoints.Contains(component.Name);
                if (isEntry != ClassMembers(classes, "entrypoint").Contains(ids[component.Name]) || isEntry != stadium.Contains(ids[component.Name]))
                {
                    return $"{component.Name}: entrypoint marking wrong";
                }

                foreach (var dependency in component.DependsOn)
                {
                    var arrow = dependency.Soft ? "-.->" : "-->";
                    var from = ids[component.Name];
                    if (dependency.Form == DependencyForm.Single)
                    {
                        if (!edges.Contains((from, arrow, ids[dependency.Members[0]])))
                        {
                            return $"no edge {component.Name} {arrow} {dependency.Members[0]}";
                        }

                        continue;
                    }

                    var label = dependency.Form == DependencyForm.AnyOf ? "any of" : $"{dependency.Required} of {dependency.Members.Count}";
                    var members = dependency.Members.Select(n => ids[n]).OrderBy(i => i).ToArray();
                    var junction = edges.Where(e => e.From == from && e.Arrow == arrow && e.To.StartsWith("g", StringComparison.Ordinal))
                        .Select(e => e.To)
                        .FirstOrDefault(g => groupLabels[g] == label && edges.Where(e => e.From == g && e.Arrow == "-->").Select(e => e.To).OrderBy(i => i).SequenceEqual(members));
                    if (junction == null || !ClassMembers(classes, "group").Contains(junction))
                    {
                        return $"no '{label}' junction for {component.Name} -> {dependency}";
                    }
                }
            }

            foreach (var finding in report.Findings.Where(f => f.Kind == FindingKind.SingleZoneRisk || f.Kind == FindingKind.SingleRegionRisk
                || ((f.Kind == FindingKind.SinglePointOfFailure || f.Kind == FindingKind.CapacityRisk) && f.TargetType != TargetType.Component)))
            {
                var word = finding.TargetType.ToString().ToLowerInvariant();
                var place = placeLabels.Where(p => p.Value == word + " " + finding.Target).Select(p => p.Key).SingleOrDefault();
                if (place == null || !spofIds.Contains(place))
                {
                    return $"{word} {finding.Target} is at risk but not drawn as a marked node";
                }

                var held = edges.Where(e => e.From == place && e.Arrow == "-.-").Select(e => e.To).OrderBy(i => i);
                if (!held.SequenceEqual(finding.Components.Select(c => ids[c]).OrderBy(i => i)))
                {
                    return $"{word} {finding.Target} is not linked to exactly the components it takes down";
                }
            }

            return null;
        }

        private static HashSet<string> ClassMembers(Dictionary<string, HashSet<string>> classes, string name) =>
            classes.TryGetValue(name, out var set) ? set : new HashSet<string>();

        private static string Unescape(string label) =>
            Regex.Replace(label, @"#(\d+);", m => ((char)int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }
}
