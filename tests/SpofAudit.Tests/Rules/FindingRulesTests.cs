using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using SpofAudit.Export;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;
using SpofAudit.Rendering.Html;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Tests.Rules
{
    /// <summary>
    /// The registry is the only list of kinds: every rule and every declared kind is in it once, and every registered
    /// kind renders in every report format and graph, so a new rule cannot be half wired.
    /// </summary>
    public class FindingRulesTests
    {
        private static readonly Assembly Core = typeof(FindingRule).Assembly;

        public static IEnumerable<object[]> Kinds => FindingRules.Kinds.Select(k => new object[] { k.Name });

        [Fact]
        public void Every_rule_class_is_registered_once_in_rank_order()
        {
            var ruleTypes = Core.GetTypes().Where(t => typeof(FindingRule).IsAssignableFrom(t) && !t.IsAbstract).OrderBy(t => t.Name).ToArray();
            var registered = FindingRules.All.Select(r => r.GetType()).OrderBy(t => t.Name).ToArray();

            Assert.NotEmpty(ruleTypes);
            Assert.Equal(ruleTypes, registered);
            // The kinds that were an enum keep their report order; later kinds may come anywhere by their rank.
            var original = new[]
            {
                "SinglePointOfFailure", "SingleZoneRisk", "SingleRegionRisk", "PersonnelDependency", "DegradationRisk", "CapacityRisk",
                "QuorumRisk", "FailoverRisk", "DataLossRisk", "DoubleFault", "SuppressionExpired", "SuppressionUnmatched",
            };
            Assert.Equal(original, FindingRules.Names.Where(name => original.Contains(name)));
        }

        [Fact]
        public void Every_declared_kind_has_exactly_one_rule()
        {
            // Kinds are declared as static fields (on FindingKind for the original ones, on a rule for later ones).
            var declared = Core.GetTypes()
                .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
                .Where(f => f.FieldType == typeof(FindingKind))
                .Select(f => (FindingKind)f.GetValue(null)!)
                .ToArray();

            Assert.NotEmpty(declared);
            foreach (var kind in declared)
            {
                Assert.Single(FindingRules.All, r => ReferenceEquals(r.Kind, kind));
            }

            Assert.Equal(declared.Length, FindingRules.Kinds.Count);
        }

        [Fact]
        public void Kinds_have_unique_names_and_ranks_and_keep_the_names_and_order_of_the_former_enum()
        {
            var former = new[]
            {
                "SinglePointOfFailure", "SingleZoneRisk", "SingleRegionRisk", "PersonnelDependency", "DegradationRisk", "CapacityRisk",
                "QuorumRisk", "FailoverRisk", "DataLossRisk", "DoubleFault", "SuppressionExpired", "SuppressionUnmatched",
            };
            Assert.Equal(former, FindingRules.Names.Where(former.Contains));
            Assert.Equal(FindingRules.Kinds.Count, FindingRules.Kinds.Select(k => k.Rank).Distinct().Count());
            Assert.Equal(FindingRules.Kinds.Count, FindingRules.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.Equal(FindingRules.Kinds.OrderBy(k => k.Rank), FindingRules.Kinds);
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void A_kind_parses_from_its_name_in_any_case_to_the_registered_value(string name)
        {
            var kind = FindingKind.Parse(name.ToLowerInvariant());

            Assert.Same(FindingRules.Kinds.Single(k => k.Name == name), kind);
            Assert.Equal(name, kind.ToString());
            Assert.True(FindingKind.TryParse(name, ignoreCase: false, out _));
            Assert.False(FindingKind.TryParse(name.ToLowerInvariant(), ignoreCase: false, out _));
        }

        [Fact]
        public void An_unknown_kind_name_is_one_clear_error_listing_the_kinds()
        {
            var error = Assert.Throws<FormatException>(() => FindingKind.Parse("SinglePointOfFailur"));

            Assert.Equal($"Unknown finding kind 'SinglePointOfFailur'; expected one of {string.Join(", ", FindingRules.Names)}.", error.Message);
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Every_rule_describes_itself(string name)
        {
            var rule = FindingRules.Of(FindingKind.Parse(name));

            Assert.EndsWith(".", rule.Description);
            Assert.Matches("^[a-z-]+$", rule.DiagramMark);
            Assert.Contains(rule.DefaultSeverity, new[] { Severity.Low, Severity.Medium, Severity.High });
            Assert.Equal(rule.DefaultSeverity, SeverityRules.BaseSeverity(rule.Kind));
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Every_kind_renders_in_every_report_format_with_its_name(string name)
        {
            var kind = FindingKind.Parse(name);
            var (model, report) = OneFindingOf(kind);
            foreach (var format in (ReportFormat[])Enum.GetValues(typeof(ReportFormat)))
            {
                var text = new StringWriter();
                ReportRenderer.Write(new ReportSelection(report), format, text, new ReportOptions(DateTimeOffset.UnixEpoch, model: model, hostName: "h"));

                Assert.Contains(name, text.ToString());
            }
        }

        [Theory]
        [MemberData(nameof(Kinds))]
        public void Every_kind_marks_its_target_in_the_html_diagram_and_draws_in_every_graph(string name)
        {
            var kind = FindingKind.Parse(name);
            var (model, report) = OneFindingOf(kind);

            var diagram = DependencyDiagram.Build(report.Findings, model, model.Entrypoints);
            Assert.Contains(FindingRules.Of(kind).DiagramMark, diagram.Nodes.Single(n => n.Findings.Contains(report.Findings[0].Id)).Marks);
            foreach (var format in (GraphFormat[])Enum.GetValues(typeof(GraphFormat)))
            {
                var text = new StringWriter();
                GraphExporter.Write(model, report, format, text);

                Assert.Contains("db", text.ToString());
            }
        }

        /// <summary>A web → db model and a report holding one finding of <paramref name="kind"/> on db.</summary>
        private static (SpofModel Model, SpofReport Report) OneFindingOf(FindingKind kind)
        {
            var model = NewModel("m", new[]
            {
                Component("web", null, new[] { Instance("web-1", null, null), Instance("web-2", null, null) }, new[] { Hard("db") }),
                Component("db", "database", new[] { Instance("db-1", null, null) }),
            });
            var finding = new Finding(kind, FindingRules.Of(kind).DefaultSeverity, "db", TargetType.Component, new[] { "web" }, new[] { "web", "db" },
                new[] { "db" }, "Add a second db.", model.Name);
            return (model, new SpofReport(model.Name, model.Entrypoints, model.Sources, model.Components.Count, new[] { finding }));
        }
    }
}
