using System;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// Finding ids, and what a diff compares, depend on the architecture, not on how its file is written: on
    /// random models using every construct, reordering components, people and teams, adding comments and an
    /// unrelated redundant component leaves every finding Unchanged.
    /// </summary>
    public sealed class StableIdPropertyTests
    {
        [Fact]
        public void Reordering_and_unrelated_edits_change_no_finding()
        {
            var checkedModels = 0;
            foreach (var seed in Enumerable.Range(1, 200))
            {
                // Random models are built in code and may break a loader rule (a zone outside the region map, an
                // undeclared owner); only those a YAML file can hold say anything about ids read from files.
                var model = RandomModels.Small(seed);
                var yaml = YamlModelWriter.Write(model);
                SpofModel loaded;
                try
                {
                    loaded = new YamlModelLoader().LoadText(yaml, "before.yaml");
                }
                catch (SpofInputException)
                {
                    continue;
                }

                checkedModels++;
                var before = new SpofAnalyzer().Analyze(loaded).Findings;
                var after = new SpofAnalyzer().Analyze(new YamlModelLoader().LoadText(ModelVariants.Reordered(model, seed), "after.yaml")).Findings;

                Assert.Equal(before.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal), after.Select(f => f.Id).OrderBy(i => i, StringComparer.Ordinal));
                var changed = ReportComparer.Compare(before, after).Where(c => c.Change != FindingChangeKind.Unchanged).ToArray();
                Assert.True(changed.Length == 0, $"seed {seed}: " + string.Join("; ", changed.Select(c => $"{c} ({string.Join(", ", c.ChangedProperties)})")));
            }

            Assert.True(checkedModels >= 50, $"only {checkedModels} of 200 random models load from YAML");
        }
    }
}
