using System;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Aws.Tests
{
    /// <summary>A spofaudit/v1 overlay adds what the AWS APIs cannot see to the discovered model.</summary>
    public sealed class OverlayTests : IDisposable
    {
        private readonly string _overlay = Path.Combine(Path.GetTempPath(), $"spof-overlay-{Guid.NewGuid():N}.yaml");

        public void Dispose() => File.Delete(_overlay);

        private SpofModel Load(string yaml)
        {
            File.WriteAllText(_overlay, yaml);
            return AwsModelSource.FromFiles(RecordedAccount.ExportFiles().Append(_overlay).ToArray(), new RecordingHost());
        }

        [Fact]
        public void Overlay_adds_dependencies_owners_and_entrypoints_to_discovered_components()
        {
            var model = Load("""
                apiVersion: spofaudit/v1
                name: shop-production
                entrypoints: [shop-alb, reports]
                people:
                  bob: {}
                components:
                  shop-web:
                    dependsOn: [payments]
                    criticality: high
                  shop-db:
                    owners: [bob]
                  payments:
                    kind: api
                    instances: 1
                    zones: [us-east-1b]
                  reports:
                    dependsOn: [shop-db]
                """);

            Assert.Equal("shop-production", model.Name);
            Assert.Equal(new[] { "shop-alb", "reports" }, model.Entrypoints);
            var web = model.FindComponent("shop-web")!;
            Assert.Equal(2, web.Instances.Count); // placement stays as discovered
            Assert.Contains(web.DependsOn, d => d.Members.SequenceEqual(new[] { "payments" }));
            Assert.Contains(web.DependsOn, d => d.Members.SequenceEqual(new[] { "shop-db" }));
            Assert.Equal(Criticality.High, web.Criticality);
            Assert.Equal(new[] { "alice", "bob" }, model.FindComponent("shop-db")!.Owners);

            var findings = new SpofAnalyzer().Analyze(model).Findings.Select(f => f.Id).ToArray();
            Assert.Contains("SinglePointOfFailure/payments", findings);
            Assert.DoesNotContain("PersonnelDependency/alice", findings); // bob shares the database now
        }

        [Fact]
        public void Overlay_may_not_move_a_discovered_component()
        {
            var error = Assert.Throws<SpofInputException>(() => Load("""
                apiVersion: spofaudit/v1
                components:
                  shop-db:
                    instances: 3
                """));
            Assert.Equal(DiagnosticCodes.OverlayConflict, error.First.Code);
            Assert.Equal(_overlay, error.First.Location.File);
            Assert.Contains("was discovered at aws:us-east-1:dbInstance/shop-db", error.First.Message);
        }

        [Fact]
        public void Overlay_names_are_checked_against_the_discovered_ones()
        {
            var error = Assert.Throws<SpofInputException>(() => Load("""
                apiVersion: spofaudit/v1
                components:
                  shop-web:
                    dependsOn: [shop-dbb]
                """));
            Assert.Equal(DiagnosticCodes.UnknownDependency, error.First.Code);
            Assert.Equal(4, error.First.Location.Line);
            Assert.Contains("shop-db", error.First.Suggestion);
        }
    }
}
