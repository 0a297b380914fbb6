using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Aws.Export;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Aws.Tests
{
    /// <summary>The recorded account, read from the JSON the AWS CLI prints, mapped to a model and analysed.</summary>
    public sealed class ExportMappingTests
    {
        private static SpofModel Model(params string[] extra) =>
            AwsModelSource.FromFiles(RecordedAccount.ExportFiles().Concat(extra).ToArray(), new RecordingHost());

        [Fact]
        public void Export_reads_every_resource_of_the_account()
        {
            var inventory = new AwsExportReader().Read(RecordedAccount.ExportFiles());

            Assert.Equal("123456789012", inventory.Account);
            Assert.Equal(new[] { "us-east-1" }, inventory.Regions);
            Assert.Equal(3, inventory.Instances.Count);
            Assert.Equal(4, inventory.Subnets.Count);
            Assert.Equal(3, inventory.RouteTables.Count);
            Assert.All(inventory.RouteTables, t => Assert.Equal("us-east-1", t.Region));
            Assert.Equal("us-east-1", Assert.Single(inventory.NatGateways).Region);
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, Assert.Single(inventory.LoadBalancers).Zones);
            Assert.Equal(2, inventory.Targets.Count);
            Assert.Equal("web-platform", Assert.Single(inventory.AutoScalingGroups).Tags.Get("Team"));
            var db = Assert.Single(inventory.DbInstances);
            Assert.True(db.MultiAz);
            Assert.Equal("us-east-1b", db.SecondaryZone);
            Assert.False(Assert.Single(inventory.CacheReplicationGroups).AutomaticFailover);
        }

        [Fact]
        public void Components_follow_the_mapping_rules()
        {
            var model = Model();

            Assert.Equal("aws-123456789012", model.Name);
            Assert.Equal(new[] { "shop-alb" }, model.Entrypoints);
            Assert.Equal(
                new[] { "shop-alb", "shop-db", "shop-nat", "shop-sessions", "shop-web" },
                model.Components.Select(c => c.Name).OrderBy(n => n));

            // The Auto Scaling group is one component of its running instances, one per zone; the stopped
            // instance is not capacity and is left out.
            var web = model.FindComponent("shop-web")!;
            Assert.Equal(new[] { ("i-0a1b2c3d4e5f60001", "us-east-1a"), ("i-0a1b2c3d4e5f60002", "us-east-1b") }, web.Instances.Select(i => (i.Name, i.Zone!)));
            Assert.Null(model.FindComponent("old-bastion"));

            // The ALB is a zonal service over its enabled zones and needs its target group's targets.
            var alb = model.FindComponent("shop-alb")!;
            Assert.Equal(ComponentScope.Zonal, alb.Scope);
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, alb.Zones);
            Assert.Contains(alb.DependsOn, d => d.Members.SequenceEqual(new[] { "shop-web" }) && !d.Soft);

            // Multi-AZ RDS: primary and standby in two zones, hot standby with automatic failover.
            var db = model.FindComponent("shop-db")!;
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, db.Instances.Select(i => i.Zone));
            Assert.Equal(StandbyMode.Hot, db.Standby!.Mode);
            Assert.Equal(FailoverMode.Automatic, db.Standby.Failover);
            Assert.Equal(new[] { "alice" }, db.Owners);

            // Tags: a hard dependency, a soft one, a team owner.
            Assert.Contains(web.DependsOn, d => d.Members.SequenceEqual(new[] { "shop-db" }) && !d.Soft);
            Assert.Contains(web.DependsOn, d => d.Members.SequenceEqual(new[] { "shop-sessions" }) && d.Soft);
            Assert.Equal(new[] { "web-platform" }, web.Owners);
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, model.Regions["us-east-1"]);
        }

        [Fact]
        public void The_hidden_NAT_SPOF_is_the_zone_of_the_one_NAT_gateway()
        {
            var model = Model();
            var nat = model.FindComponent("shop-nat")!;
            Assert.Equal(ComponentScope.Zonal, nat.Scope);
            Assert.Equal(new[] { "us-east-1a" }, nat.Zones);
            Assert.Contains(model.FindComponent("shop-web")!.DependsOn, d => d.Members.SequenceEqual(new[] { "shop-nat" }));

            var report = new SpofAnalyzer().Analyze(model);
            var zone = report.Findings.Single(f => f.Id == "SingleZoneRisk/us-east-1a");
            Assert.Equal(new[] { "shop-alb", "shop-web", "shop-nat", "us-east-1a" }, zone.Path);
            Assert.DoesNotContain(report.Findings, f => f.Id == "SingleZoneRisk/us-east-1b");
        }

        [Fact]
        public void Findings_of_the_recorded_account()
        {
            var report = new SpofAnalyzer().Analyze(Model());

            Assert.Equal(
                new[]
                {
                    "DegradationRisk/shop-sessions",
                    "PersonnelDependency/alice",
                    "PersonnelDependency/web-platform",
                    "SingleRegionRisk/us-east-1",
                    "SingleZoneRisk/us-east-1a",
                },
                report.Findings.Select(f => f.Id).OrderBy(i => i, System.StringComparer.Ordinal));

            // Multi-AZ RDS and the two-zone web tier are not single points of failure.
            Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.SinglePointOfFailure);
        }

        [Fact]
        public void A_NAT_gateway_per_zone_removes_the_zone_risk()
        {
            var dir = Directory.CreateTempSubdirectory("spof-aws-").FullName;
            try
            {
                foreach (var file in RecordedAccount.ExportFiles())
                {
                    File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
                }

                // private-a keeps the recorded NAT gateway in public-a; private-b gets its own in public-b.
                File.WriteAllText(Path.Combine(dir, "ec2-describe-route-tables.json"), """
                    {"RouteTables": [
                      {"RouteTableId": "rtb-0private000000001", "VpcId": "vpc-0f1e2d3c4b5a60001",
                       "Associations": [{"Main": false, "SubnetId": "subnet-0aa11bb22cc330001"}],
                       "Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "nat-0a1b2c3d4e5f60001"}]},
                      {"RouteTableId": "rtb-0private000000002", "VpcId": "vpc-0f1e2d3c4b5a60001",
                       "Associations": [{"Main": false, "SubnetId": "subnet-0aa11bb22cc330002"}],
                       "Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "nat-0a1b2c3d4e5f60002"}]}
                    ]}
                    """);
                File.WriteAllText(Path.Combine(dir, "extra.json"), """
                    {"NatGateways": [{"NatGatewayId": "nat-0a1b2c3d4e5f60002", "SubnetId": "subnet-0aa11bb22cc330012", "State": "available"}]}
                    """);

                var model = AwsModelSource.FromFiles(Directory.GetFiles(dir), new RecordingHost());
                var web = model.FindComponent("shop-web")!;
                var nat = Assert.Single(web.DependsOn, d => d.Members.Contains("shop-nat"));
                Assert.Equal(new[] { "shop-nat", "nat-0a1b2c3d4e5f60002" }, nat.Members);
                Assert.Equal(DependencyForm.AnyOf, nat.Form);

                var report = new SpofAnalyzer().Analyze(model);
                Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKind.SingleZoneRisk);
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        [Fact]
        public void A_JSON_file_that_is_not_a_CLI_output_is_one_clear_error()
        {
            var path = Path.Combine(Path.GetTempPath(), $"spof-aws-{System.Guid.NewGuid():N}.json");
            File.WriteAllText(path, "{\"Buckets\": []}");
            try
            {
                var error = Assert.Throws<SpofInputException>(() => new AwsExportReader().Read(new[] { path }));
                Assert.Equal(AwsExportReader.ErrorCode, error.First.Code);
                Assert.Contains("holds none of the outputs SpofAudit reads", error.First.Message);
                Assert.Contains("aws ec2 describe-instances", error.First.Suggestion);

                File.WriteAllText(path, "{\n  \"Subnets\": [ {\"SubnetId\": \"s\",, } ]\n}");
                error = Assert.Throws<SpofInputException>(() => new AwsExportReader().Read(new[] { path }));
                Assert.Equal(2, error.First.Location.Line);
                Assert.StartsWith("not valid JSON", error.First.Message);

                File.WriteAllText(path, "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\"}]}");
                error = Assert.Throws<SpofInputException>(() => new AwsExportReader().Read(new[] { path }));
                Assert.Contains("Subnets[0]: the field AvailabilityZone is missing", error.First.Message);
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
