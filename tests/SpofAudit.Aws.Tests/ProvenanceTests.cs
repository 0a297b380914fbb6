using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpofAudit.Findings;
using SpofAudit.Analysis;
using SpofAudit.Aws.Client;
using SpofAudit.Cli;
using SpofAudit.Model;
using SpofAudit.Sources;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// The recorded account's model says, as data, what was read (account, regions, export files), what could not be
    /// read and why, and which AWS resources each component and finding stands for.
    /// </summary>
    public sealed class ProvenanceTests : IDisposable
    {
        private const string Account = "123456789012";
        private const string AlbArn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shop-alb/50dc6c495c0c9188";
        private const string NatArn = "arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a1b2c3d4e5f60001";

        private readonly FakeAwsServer _server = new FakeAwsServer();
        private readonly string _profiles = Path.Combine(Path.GetTempPath(), $"spof-aws-credentials-{Guid.NewGuid():N}");

        public ProvenanceTests()
        {
            File.WriteAllText(_profiles, "[audit]\naws_access_key_id = AKIDEXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
        }

        public void Dispose()
        {
            _server.Dispose();
            File.Delete(_profiles);
        }

        private Task<SpofModel> Audit() => AwsAudit.BuildModelAsync(
            new AwsAuditOptions
            {
                Regions = new[] { "us-east-1" },
                ProfileName = "audit",
                ProfilesLocation = _profiles,
                EndpointUrl = _server.Endpoint.ToString(),
                Retry = new RetryPolicy(baseDelay: TimeSpan.FromMilliseconds(5), seed: 1),
            },
            new RecordingHost());

        [Fact]
        public async Task A_live_read_is_one_account_source_naming_its_regions()
        {
            var model = await Audit();

            var source = Assert.Single(model.Provenance.Sources);
            Assert.Equal(InventorySourceKind.AwsAccount, source.Kind);
            Assert.Equal(Account, source.Account);
            Assert.Equal(new[] { "us-east-1" }, source.Names);
            Assert.Empty(model.Provenance.Unread);
        }

        [Fact]
        public async Task A_denied_call_is_a_typed_unread_part_naming_region_action_and_error_code()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeDBInstances"
                ? FakeAwsServer.QueryError(403, "AccessDenied", "not authorized to perform: rds:DescribeDBInstances")
                : null);

            var model = await Audit();

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Same(Assert.Single(model.Provenance.Sources), part.Source);
            Assert.Equal("us-east-1", part.Scope);
            Assert.Equal("rds:DescribeDBInstances", part.Part);
            Assert.Equal("AccessDenied", part.Code);
            Assert.StartsWith("AccessDenied: ", part.Reason, StringComparison.Ordinal);
            Assert.Equal(model.Provenance.IncompleteLines, model.Sources);
        }

        [Fact]
        public void Cli_exports_are_an_export_source_naming_the_files_and_the_overlay_a_file_source()
        {
            var overlay = RecordedAccount.File("overlay.yaml");
            var model = FileModelSource.Load(RecordedAccount.ExportFiles().Append(overlay).ToArray(), new RecordingHost());

            Assert.Equal(new[] { InventorySourceKind.ExportFile, InventorySourceKind.File }, model.Provenance.Sources.Select(s => s.Kind));
            Assert.Equal(RecordedAccount.ExportFiles(), model.Provenance.Sources[0].Names);
            Assert.Equal(Account, model.Provenance.Sources[0].Account);
            Assert.Equal(new[] { overlay }, model.Provenance.Sources[1].Names);
        }

        [Fact]
        public async Task Discovered_components_name_the_ARNs_of_their_resources()
        {
            var model = await Audit();

            Assert.Equal(new[] { AlbArn }, model.FindComponent("shop-alb")!.Origin.ResourceIds);
            Assert.Equal(new[] { NatArn }, model.FindComponent("shop-nat")!.Origin.ResourceIds);
            Assert.Equal(new[] { "arn:aws:rds:us-east-1:123456789012:db:shop-db" }, model.FindComponent("shop-db")!.Origin.ResourceIds);
            var web = model.FindComponent("shop-web")!;
            Assert.Equal(web.Instances.Select(i => "arn:aws:ec2:us-east-1:123456789012:instance/" + i.Name), web.Origin.ResourceIds);
            Assert.All(model.Components, c => Assert.Null(c.Origin.File));
        }

        [Fact]
        public void An_overlay_adds_its_file_position_to_a_discovered_component_and_keeps_its_ARNs()
        {
            var overlay = RecordedAccount.File("overlay.yaml");
            var model = AwsModelSource.FromFiles(RecordedAccount.ExportFiles().Append(overlay).ToArray(), new RecordingHost());

            var web = model.FindComponent("shop-web")!.Origin;
            Assert.Equal(overlay, web.File!.File);
            Assert.Equal(Array.IndexOf(File.ReadAllLines(overlay), "  shop-web:") + 1, web.File.Line);
            Assert.Equal(web.ResourceIds.Count, model.FindComponent("shop-web")!.Instances.Count);
            var payments = model.FindComponent("payments")!.Origin;
            Assert.NotNull(payments.File);
            Assert.Empty(payments.ResourceIds);
        }

        [Fact]
        public void Findings_name_the_ARNs_of_the_component_they_point_at()
        {
            var report = new SpofAnalyzer().Analyze(AwsModelSource.FromFiles(RecordedAccount.ExportFiles(), new RecordingHost()));

            // A zone risk points at the component reached just before the zone: here the NAT gateway.
            var zone = report.Findings.Single(f => f.Id == "SingleZoneRisk/us-east-1a");
            Assert.Equal("shop-nat", zone.Path[zone.Path.Count - 2]);
            Assert.Equal(new[] { NatArn }, zone.ResourceIds);
            Assert.Null(zone.Location); // no file defines a discovered component
            Assert.All(report.Findings.Where(f => f.TargetType == Findings.TargetType.Component), f => Assert.NotEmpty(f.ResourceIds));
        }

        [Fact]
        public void A_finding_on_a_component_an_overlay_extends_points_at_the_overlay_and_names_the_ARNs()
        {
            var model = AwsModelSource.FromFiles(RecordedAccount.ExportFiles().Append(RecordedAccount.File("overlay.yaml")).ToArray(), new RecordingHost());
            var report = new SpofAnalyzer().Analyze(model);
            var web = model.FindComponent("shop-web")!.Origin;

            var onWeb = report.Findings.Where(f => Findings.FindingLocation.ComponentOf(model, f.TargetType, f.Target, f.Path)?.Name == "shop-web").ToArray();
            Assert.NotEmpty(onWeb);
            Assert.All(onWeb, f =>
            {
                Assert.Same(web.File, f.Location);
                Assert.Equal(web.ResourceIds, f.ResourceIds);
            });
        }

        [Fact]
        public void Json_and_csv_reports_of_the_exports_carry_the_resource_ids()
        {
            var files = RecordedAccount.ExportFiles();
            using var json = JsonDocument.Parse(Run(files.Concat(new[] { "--format", "json" })));
            var zone = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "SingleZoneRisk/us-east-1a");
            Assert.Equal(new[] { NatArn }, zone.GetProperty("resourceIds").EnumerateArray().Select(e => e.GetString()));

            var csv = Run(files.Concat(new[] { "--format", "csv" }));
            var row = csv.Split("\r\n").Single(line => line.StartsWith("SingleZoneRisk/us-east-1a,", StringComparison.Ordinal));
            Assert.EndsWith("," + NatArn + ",", row, StringComparison.Ordinal);
        }

        private static string Run(System.Collections.Generic.IEnumerable<string> args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = SpofCli.Run(new[] { "report" }.Concat(args).ToArray(), stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
            return stdout.ToString();
        }
    }
}
