using System;
using System.IO;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Aws.Tests
{
    /// <summary>Mapping rules beyond the recorded account: Aurora, sharded caches, name clashes, IP targets.</summary>
    public sealed class MappingRulesTests : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("spof-aws-rules-").FullName;

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        private SpofModel Load(string json)
        {
            var path = Path.Combine(_dir, "export.json");
            File.WriteAllText(path, json);
            return AwsModelSource.FromFiles(new[] { path }, new RecordingHost());
        }

        [Fact]
        public void An_Aurora_cluster_is_one_database_whose_instances_are_its_members_writer_first()
        {
            var model = Load("""
                [
                  {"DBClusters": [{"DBClusterIdentifier": "orders", "Engine": "aurora-postgresql", "MultiAZ": true,
                    "DBClusterArn": "arn:aws:rds:eu-west-1:111122223333:cluster:orders",
                    "DBClusterMembers": [{"DBInstanceIdentifier": "orders-2", "IsClusterWriter": false}, {"DBInstanceIdentifier": "orders-1", "IsClusterWriter": true}]}]},
                  {"DBInstances": [
                    {"DBInstanceIdentifier": "orders-1", "Engine": "aurora-postgresql", "DBInstanceStatus": "available", "AvailabilityZone": "eu-west-1a", "DBClusterIdentifier": "orders"},
                    {"DBInstanceIdentifier": "orders-2", "Engine": "aurora-postgresql", "DBInstanceStatus": "available", "AvailabilityZone": "eu-west-1b", "DBClusterIdentifier": "orders"},
                    {"DBInstanceIdentifier": "reports", "Engine": "mysql", "DBInstanceStatus": "available", "AvailabilityZone": "eu-west-1c", "MultiAZ": false}]}
                ]
                """);

            var orders = model.FindComponent("orders")!;
            Assert.Equal(new[] { ("orders-1", "eu-west-1a"), ("orders-2", "eu-west-1b") }, orders.Instances.Select(i => (i.Name, i.Zone!)));
            Assert.Equal(StandbyMode.Hot, orders.Standby!.Mode);
            Assert.Null(model.FindComponent("orders-1"));

            var findings = new SpofAnalyzer().Analyze(model).Findings.Select(f => f.Id).ToArray();
            Assert.Contains("SinglePointOfFailure/reports", findings); // a single-AZ instance
            Assert.DoesNotContain("SinglePointOfFailure/orders", findings);
        }

        [Fact]
        public void Database_instances_and_clusters_are_databases_whatever_their_kind_tag_says()
        {
            var model = Load("""
                [
                  {"DBInstances": [
                    {"DBInstanceIdentifier": "ledger", "Engine": "mysql", "DBInstanceStatus": "available", "AvailabilityZone": "eu-west-1c", "MultiAZ": false,
                     "TagList": [{"Key": "spof:kind", "Value": "ledger-store"}]}]}
                ]
                """);

            var ledger = model.FindComponent("ledger")!;
            Assert.Equal("ledger-store", ledger.Kind);
            Assert.Equal(ComponentRole.Database, ledger.Role);
            var advice = new SpofAnalyzer().Analyze(model).Findings.Single(f => f.Id == "SinglePointOfFailure/ledger").Recommendation;
            Assert.StartsWith("Add a replica of ledger in another zone", advice);
        }

        [Fact]
        public void Instances_group_by_spof_component_then_Name_tag_and_owners_come_from_any_owner_tag()
        {
            static string Instance(string id, string zone, string tags) =>
                $$"""{"InstanceId": "{{id}}", "State": {"Name": "running"}, "Placement": {"AvailabilityZone": "{{zone}}"}, "Tags": [{{tags}}]}""";
            static string Tag(string key, string value) => $$"""{"Key": "{{key}}", "Value": "{{value}}"}""";
            var model = Load($$"""
                {"Reservations": [{"Instances": [
                  {{Instance("i-1", "eu-west-1a", Tag("spof:component", "api") + "," + Tag("Name", "api-a") + "," + Tag("owner", "carol"))}},
                  {{Instance("i-2", "eu-west-1b", Tag("spof:component", "api") + "," + Tag("Name", "api-b"))}},
                  {{Instance("i-3", "eu-west-1a", Tag("Name", "worker") + "," + Tag("spof:owners", "dave, erin"))}},
                  {{Instance("i-4", "eu-west-1b", Tag("Name", "worker"))}},
                  {{Instance("i-5", "eu-west-1c", string.Empty)}}
                ]}]}
                """);

            Assert.Equal(new[] { "api", "i-5", "worker" }, model.Components.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal));
            var api = model.FindComponent("api")!;
            Assert.Equal(new[] { ("i-1", "eu-west-1a"), ("i-2", "eu-west-1b") }, api.Instances.Select(i => (i.Name, i.Zone!)));
            Assert.Equal(new[] { "carol" }, api.Owners);
            var worker = model.FindComponent("worker")!;
            Assert.Equal(new[] { "i-3", "i-4" }, worker.Instances.Select(i => i.Name));
            Assert.Equal(new[] { "dave", "erin" }, worker.Owners);
            Assert.Empty(model.FindComponent("i-5")!.Owners);
        }

        [Fact]
        public void A_sharded_cache_needs_every_shard()
        {
            var model = Load("""
                {"ReplicationGroups": [{"ReplicationGroupId": "sessions", "MultiAZ": "enabled", "AutomaticFailover": "enabled",
                  "ARN": "arn:aws:elasticache:eu-west-1:111122223333:replicationgroup:sessions",
                  "NodeGroups": [
                    {"NodeGroupId": "0001", "NodeGroupMembers": [
                      {"CacheClusterId": "sessions-0001-001", "PreferredAvailabilityZone": "eu-west-1a", "CurrentRole": "primary"},
                      {"CacheClusterId": "sessions-0001-002", "PreferredAvailabilityZone": "eu-west-1b", "CurrentRole": "replica"}]},
                    {"NodeGroupId": "0002", "NodeGroupMembers": [
                      {"CacheClusterId": "sessions-0002-001", "PreferredAvailabilityZone": "eu-west-1b", "CurrentRole": "primary"}]}]}]}
                """);

            var whole = model.FindComponent("sessions")!;
            Assert.Equal(ComponentScope.Regional, whole.Scope);
            Assert.Equal(new[] { "sessions/0001", "sessions/0002" }, whole.DependsOn.SelectMany(d => d.Members));
            Assert.Equal(FailoverMode.Automatic, model.FindComponent("sessions/0001")!.Standby!.Failover);

            var findings = new SpofAnalyzer().Analyze(model).Findings.Select(f => f.Id).ToArray();
            Assert.Contains("SinglePointOfFailure/sessions/0002", findings); // one node, no replica
            Assert.DoesNotContain("SinglePointOfFailure/sessions/0001", findings);
        }

        [Fact]
        public void Names_used_in_two_regions_are_qualified_and_IP_targets_find_their_instances()
        {
            var model = Load("""
                [
                  {"Reservations": [{"Instances": [
                    {"InstanceId": "i-1", "State": {"Name": "running"}, "Placement": {"AvailabilityZone": "us-east-1a"}, "PrivateIpAddress": "10.0.0.1", "Tags": [{"Key": "Name", "Value": "api"}]},
                    {"InstanceId": "i-2", "State": {"Name": "running"}, "Placement": {"AvailabilityZone": "eu-west-1a"}, "PrivateIpAddress": "10.1.0.1", "Tags": [{"Key": "Name", "Value": "api"}]}]}]},
                  {"LoadBalancers": [{"LoadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/edge/1", "LoadBalancerName": "edge",
                    "Scheme": "internal", "Type": "network", "State": {"Code": "active"}, "AvailabilityZones": [{"ZoneName": "us-east-1a"}]}]},
                  {"TargetGroups": [{"TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/api/1", "TargetGroupName": "api", "TargetType": "ip",
                    "LoadBalancerArns": ["arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/edge/1"]}]},
                  {"TargetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/api/1",
                   "TargetHealthDescriptions": [{"Target": {"Id": "10.0.0.1", "Port": 443}, "TargetHealth": {"State": "healthy"}}]}
                ]
                """);

            Assert.NotNull(model.FindComponent("api@us-east-1"));
            Assert.NotNull(model.FindComponent("api@eu-west-1"));
            var edge = model.FindComponent("edge")!;
            Assert.Equal("nlb", edge.Kind);
            Assert.Equal(new[] { "api@us-east-1" }, edge.DependsOn.Single().Members);
            Assert.False(model.HasExplicitEntrypoints); // no Internet-facing load balancer: the roots count
        }
    }
}
