using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Pipeline;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Pipeline
{
    /// <summary>
    /// The report pipeline both faces call: a baseline keeps only what is new, more severe, or accepted no longer;
    /// the filter and the gate see only what the baseline left.
    /// </summary>
    public sealed class ReportPipelineTests : IDisposable
    {
        // web-tier: lb and db run once, in one zone each; the cache is a soft dependency.
        private static readonly string[] WebTier =
        {
            "apiVersion: spofaudit/v1",
            "name: web-tier",
            "entrypoints: [lb]",
            "regions:",
            "  us-east-1: [us-east-1a, us-east-1b]",
            "components:",
            "  lb: {zones: [us-east-1a], dependsOn: [app]}",
            "  app: {instances: 2, zones: [us-east-1a, us-east-1b], dependsOn: [db, {name: cache, soft: true}]}",
            "  db: {zones: [us-east-1b]}",
            "  cache: {zones: [us-east-1a]}",
        };

        private static readonly DateTime Today = new DateTime(2026, 6, 1);

        private readonly TempFiles _files = new TempFiles();
        private readonly SpofModel _model;

        public ReportPipelineTests()
        {
            _model = new YamlModelLoader().Load(new[] { _files.Write("web-tier.yaml", string.Join("\n", WebTier) + "\n") });
        }

        public void Dispose() => _files.Dispose();

        [Fact]
        public void Without_a_baseline_every_finding_is_selected()
        {
            var outcome = Run(new ReportRequest { Today = Today });

            Assert.Equal(Ids(new SpofAnalyzer().Analyze(_model).Findings), Ids(outcome.Findings));
            Assert.Contains("SinglePointOfFailure/db", Ids(outcome.Findings));
            Assert.Equal(0, outcome.InBaseline);
        }

        [Fact]
        public void A_baseline_of_the_same_architecture_leaves_nothing_and_passes_the_gate()
        {
            var baseline = SaveBaseline(Run(new ReportRequest { Today = Today }));

            var outcome = Run(new ReportRequest { Today = Today, BaselineFile = baseline, FailOn = Severity.Low });

            Assert.Empty(outcome.Findings);
            Assert.Equal(new SpofAnalyzer().Analyze(_model).Findings.Count, outcome.InBaseline);
            Assert.Equal(GateVerdict.Passed, outcome.Gate);
        }

        [Fact]
        public void A_finding_whose_severity_rose_since_the_baseline_is_selected_and_gates()
        {
            var json = Render(Run(new ReportRequest { Today = Today }), ReportFormat.Json);
            var lowered = Regex.Replace(json, "(\"id\": \"SinglePointOfFailure/db\",\\s*\"kind\": \"SinglePointOfFailure\",\\s*\"severity\": )\"High\"", "$1\"Medium\"");
            Assert.NotEqual(json, lowered);
            var baseline = _files.Write("lowered.json", lowered);

            var outcome = Run(new ReportRequest { Today = Today, BaselineFile = baseline, FailOn = Severity.High });

            Assert.Equal(new[] { "SinglePointOfFailure/db" }, Ids(outcome.Findings));
            Assert.Equal(GateVerdict.Failed, outcome.Gate);
        }

        [Fact]
        public void A_finding_the_baseline_had_accepted_is_selected_once_the_acceptance_expires()
        {
            var acceptedRisks = _files.Write("accepted.yaml", string.Join("\n",
                "suppressions:",
                "  - id: SinglePointOfFailure/db",
                "    justification: Replica ordered",
                "    owner: alice",
                "    expires: 2026-06-30",
                string.Empty));
            var baseline = SaveBaseline(Run(new ReportRequest { Today = Today, AcceptedRisksFile = acceptedRisks }));

            var stillAccepted = Run(new ReportRequest { Today = Today, AcceptedRisksFile = acceptedRisks, BaselineFile = baseline });
            var expired = Run(new ReportRequest { AcceptedRisksFile = acceptedRisks, BaselineFile = baseline, Today = new DateTime(2026, 7, 1) });

            Assert.Empty(stillAccepted.Findings);
            Assert.Contains("SinglePointOfFailure/db", Ids(expired.Findings));
            Assert.False(expired.Findings.Single(f => f.Id == "SinglePointOfFailure/db").IsSuppressed);
            Assert.Contains(expired.Findings, f => f.Kind == FindingKind.SuppressionExpired);
        }

        [Fact]
        public void The_filter_selects_from_what_the_baseline_left()
        {
            var older = SaveBaseline(Run(new ReportRequest { Today = Today, Filter = new FindingFilter(new[] { FindingKind.SinglePointOfFailure }) }));

            var outcome = Run(new ReportRequest { Today = Today, BaselineFile = older, Filter = new FindingFilter(new[] { FindingKind.SingleZoneRisk, FindingKind.SinglePointOfFailure }) });

            Assert.NotEmpty(outcome.Findings);
            Assert.All(outcome.Findings, f => Assert.Equal(FindingKind.SingleZoneRisk, f.Kind));
            Assert.Equal(2, outcome.InBaseline);
        }

        [Fact]
        public void The_gate_is_not_requested_without_a_threshold_and_fails_at_it()
        {
            Assert.Equal(GateVerdict.NotRequested, Run(new ReportRequest { Today = Today }).Gate);
            Assert.Equal(GateVerdict.Failed, Run(new ReportRequest { Today = Today, FailOn = Severity.High }).Gate);
            Assert.Equal(GateVerdict.Passed, Run(new ReportRequest { Today = Today, FailOn = Severity.Critical }).Gate);
        }

        [Fact]
        public void A_source_is_read_once_and_its_model_is_reported()
        {
            var source = new ModelOnlySource(_model);

            var outcome = new ReportPipeline().Run(source, new ReportRequest { Today = Today }, new NullHost());

            Assert.Equal(1, source.Reads);
            Assert.Same(_model, outcome.Model);
            Assert.Contains("SinglePointOfFailure/db", Ids(outcome.Findings));
        }

        [Fact]
        public void A_bad_baseline_file_is_an_input_error_naming_the_file()
        {
            var bad = _files.Write("bad.json", "{\"schemaVersion\": 1, \"findings\": [");

            var error = Assert.Throws<Diagnostics.SpofInputException>(() => Run(new ReportRequest { Today = Today, BaselineFile = bad }));

            Assert.Contains("bad.json", error.Message);
        }

        [Fact]
        public void A_gate_that_would_pass_does_not_pass_on_an_incomplete_inventory_unless_accepted()
        {
            var builder = new ModelBuilder();
            var source = InventorySource.File("partial.yaml");
            builder.AddSource(source);
            builder.AddUnread(new UnreadPart(source, "us-east-1", "rds:DescribeDBInstances", "AccessDenied", "rds:DescribeDBInstances in us-east-1: AccessDenied"));
            builder.AddComponent(new ComponentSpec("web") { InstanceCount = 2 });
            var partial = builder.Build();
            Assert.True(partial.Provenance.IsIncomplete);

            Assert.Equal(GateVerdict.Incomplete, new ReportPipeline().Run(partial, new ReportRequest { Today = Today, FailOn = Severity.Critical }, new NullHost()).Gate);
            Assert.Equal(GateVerdict.Passed, new ReportPipeline().Run(partial, new ReportRequest { Today = Today, FailOn = Severity.Critical, AllowIncomplete = true }, new NullHost()).Gate);
            Assert.Equal(GateVerdict.NotRequested, new ReportPipeline().Run(partial, new ReportRequest { Today = Today }, new NullHost()).Gate);
        }

        private ReportOutcome Run(ReportRequest request)
        {
            return new ReportPipeline().Run(_model, request, new NullHost());
        }

        private string SaveBaseline(ReportOutcome outcome) => _files.Write($"baseline-{Guid.NewGuid():N}.json", Render(outcome, ReportFormat.Json));

        private static string Render(ReportOutcome outcome, ReportFormat format)
        {
            var text = new StringWriter();
            ReportRenderer.Write(outcome.Selection, format, text, new ReportOptions(DateTimeOffset.UnixEpoch, model: outcome.Model));
            return text.ToString();
        }

        private static string[] Ids(System.Collections.Generic.IEnumerable<Finding> findings) => findings.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();
    }
}
