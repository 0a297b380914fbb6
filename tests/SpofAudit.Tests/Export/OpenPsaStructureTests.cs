using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SpofAudit.Analysis;
using SpofAudit.Analysis.FaultTrees;
using SpofAudit.Export;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Export
{
    /// <summary>The Open-PSA file is well formed without any tool: valid names, every gate defined once and used, no cycle, one top.</summary>
    public class OpenPsaStructureTests
    {
        [Fact]
        public void Random_models_export_to_a_well_formed_acyclic_fault_tree()
        {
            for (var seed = 0; seed < 200; seed++)
            {
                var model = RandomModels.Small(seed);
                var problem = Problem(XDocument.Parse(ExportText.Of(model, GraphFormat.OpenPsa)), model);
                Assert.True(problem == null, $"RandomModels.Small({seed}): {problem}");
            }
        }

        [Fact]
        public void A_large_model_exports_a_well_formed_fault_tree()
        {
            // How fast the export is belongs to the benchmark; this checks it stays correct at size.
            var model = RandomModels.Large(20_000, 1);
            var report = new SpofAnalyzer().Analyze(model);
            var writer = new StringWriter();
            GraphExporter.Write(model, report, GraphFormat.OpenPsa, writer);
            Assert.Null(Problem(XDocument.Parse(writer.ToString()), model));
        }

        [Fact]
        public void A_deep_chain_exports_without_recursion()
        {
            const int depth = 20_000;
            var components = Enumerable.Range(0, depth).Select(i => ModelParts.Component(
                $"c{i}",
                null,
                new[] { ModelParts.Instance($"c{i}-1", null, null), ModelParts.Instance($"c{i}-2", null, null) },
                i + 1 < depth ? new[] { ModelParts.Hard($"c{i + 1}") } : null)).ToArray();
            var text = ExportText.Of(ModelParts.NewModel("chain", components), GraphFormat.OpenPsa);
            Assert.Contains("down__c19999", text);
        }

        /// <summary>What is wrong with an exported fault tree, or null.</summary>
        internal static string? Problem(XDocument document, SpofModel model)
        {
            var gates = document.Descendants("define-gate").ToList();
            var names = gates.Select(g => (string)g.Attribute("name")!).ToList();
            var basic = document.Descendants("define-basic-event").Select(e => (string)e.Attribute("name")!).ToList();
            var basicSet = new HashSet<string>(basic);
            foreach (var name in names.Concat(basic))
            {
                if (!OpenPsaNamesTests.Identifier.IsMatch(name))
                {
                    return $"invalid identifier {name}";
                }
            }

            if (names.Distinct().Count() != names.Count || basic.Distinct().Count() != basic.Count)
            {
                return "a name is defined twice";
            }

            var expectedEvents = model.Components.SelectMany(c => c.Instances).Select(i => OpenPsaNames.BasicEvent(FailureEventKind.Instance, i.Name))
                .Concat(model.Zones.Select(z => OpenPsaNames.BasicEvent(FailureEventKind.Zone, z)))
                .Concat(model.RegionNames.Select(r => OpenPsaNames.BasicEvent(FailureEventKind.Region, r)))
                .Concat(model.DomainNames.Select(d => OpenPsaNames.BasicEvent(FailureEventKind.Domain, d)));
            if (!basicSet.SetEquals(expectedEvents))
            {
                return "the basic events are not exactly the instances, zones, regions and domains";
            }

            foreach (var gate in gates)
            {
                var args = gate.Elements().Where(e => e.Name != "label").SelectMany(e => e.Elements()).Select(e => e.Name.LocalName + ":" + (string?)e.Attribute("name")).ToArray();
                if (args.Distinct().Count() != args.Length)
                {
                    return $"gate {(string)gate.Attribute("name")!} repeats an argument (Open-PSA forbids it)";
                }
            }

            var children = gates.ToDictionary(
                g => (string)g.Attribute("name")!,
                g => g.Descendants("gate").Select(r => (string)r.Attribute("name")!).ToArray());
            var referenced = new HashSet<string>(children.Values.SelectMany(c => c));
            if (referenced.FirstOrDefault(r => !children.ContainsKey(r)) is { } undefined)
            {
                return $"gate {undefined} is used but not defined";
            }

            if (document.Descendants("basic-event").Select(e => (string)e.Attribute("name")!).FirstOrDefault(e => !basicSet.Contains(e)) is { } unknown)
            {
                return $"basic event {unknown} is used but not defined";
            }

            var tops = names.Where(n => !referenced.Contains(n)).ToArray();
            if (tops.Length != 1 || tops[0] != OpenPsaNames.TopGate)
            {
                return $"expected the one top gate 'top', found [{string.Join(", ", tops)}]";
            }

            return HasCycle(children) ? "the gates form a cycle" : null;
        }

        private static bool HasCycle(Dictionary<string, string[]> children)
        {
            // Kahn's algorithm: an acyclic graph empties completely.
            var indegree = children.Keys.ToDictionary(k => k, _ => 0);
            foreach (var child in children.Values.SelectMany(c => c))
            {
                indegree[child]++;
            }

            var ready = new Queue<string>(indegree.Where(p => p.Value == 0).Select(p => p.Key));
            var seen = 0;
            while (ready.Count > 0)
            {
                var gate = ready.Dequeue();
                seen++;
                foreach (var child in children[gate])
                {
                    if (--indegree[child] == 0)
                    {
                        ready.Enqueue(child);
                    }
                }
            }

            return seen != children.Count;
        }
    }
}
