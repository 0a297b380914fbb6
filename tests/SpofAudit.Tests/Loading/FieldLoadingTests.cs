using System.Linq;
using SpofAudit.Model;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>Each field of docs/design.md §3 and the placement rules, as users write them.</summary>
    public class FieldLoadingTests
    {
        [Fact]
        public void Counted_instances_are_named_and_placed_round_robin_with_regions_from_the_map()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "regions:",
                "  r1: [a, b]",
                "components:",
                "  web:",
                "    instances: 3",
                "    zones: [a, b]"));

            var web = model.FindComponent("web")!;
            Assert.Equal(new[] { "web-1", "web-2", "web-3" }, web.Instances.Select(i => i.Name));
            Assert.Equal(new[] { "a", "b", "a" }, web.Instances.Select(i => i.Zone));
            Assert.All(web.Instances, i => Assert.Equal("r1", i.Region));
            Assert.Equal(ComponentScope.None, web.Scope);
        }

        [Fact]
        public void Omitted_instances_mean_one_and_defaults_apply()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  job:",
                "    kind: batch",
                "    standby: {mode: cold}"));

            var job = model.FindComponent("job")!;
            var only = Assert.Single(job.Instances);
            Assert.Equal(("job-1", (string?)null, (string?)null), (only.Name, only.Zone, only.Region));
            Assert.Equal(1, job.MinHealthy);
            Assert.Equal(ReplicationMode.None, job.Replication);
            Assert.Equal(FailoverMode.Manual, job.Standby!.Failover);
            Assert.Equal(StandbyMode.Cold, job.Standby.Mode);
            Assert.Null(job.Criticality);
            Assert.Null(job.Availability);
            Assert.Empty(job.Tags);
            Assert.Equal("arch", model.Name);
            Assert.False(model.HasExplicitEntrypoints);
            Assert.Equal(new[] { "job" }, model.Entrypoints);
        }

        [Fact]
        public void Listed_instances_take_round_robin_zones_own_regions_and_united_domains()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    region: eu",
                "    zones: [z1, z2]",
                "    domains: [power-a, rack-1]",
                "    instances:",
                "      - {name: p}",
                "      - {name: q, region: us, domains: [rack-1, rack-2]}",
                "      - {name: r, zone: z1}"));

            var db = model.FindComponent("db")!;
            Assert.Equal(new[] { "z1", "z2", "z1" }, db.Instances.Select(i => i.Zone));
            Assert.Equal(new[] { "eu", "us", "eu" }, db.Instances.Select(i => i.Region));
            Assert.Equal(new[] { "power-a", "rack-1" }, db.Instances[0].Domains);
            Assert.Equal(new[] { "power-a", "rack-1", "rack-2" }, db.Instances[1].Domains);
            Assert.Equal("eu", db.Region);
            Assert.Equal(new[] { "power-a", "rack-1" }, db.Domains);
            Assert.Equal((9, 9), (db.Instances[1].Location.Line, db.Instances[1].Location.Column));
        }

        [Fact]
        public void Scoped_components_have_no_instances_and_a_regional_one_derives_its_region_from_its_zones()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "regions:",
                "  r1: [a, b, c]",
                "components:",
                "  ebs: {scope: zonal, zones: [a, b, c], minHealthy: 2}",
                "  sqs: {scope: regional, zones: [a, b]}",
                "  dns: {scope: global}"));

            var ebs = model.FindComponent("ebs")!;
            Assert.Equal((ComponentScope.Zonal, 2, 0), (ebs.Scope, ebs.MinHealthy, ebs.Instances.Count));
            Assert.Equal(new[] { "a", "b", "c" }, ebs.Zones);
            var sqs = model.FindComponent("sqs")!;
            Assert.Equal((ComponentScope.Regional, "r1"), (sqs.Scope, sqs.Region));
            Assert.Empty(sqs.Instances);
            var dns = model.FindComponent("dns")!;
            Assert.Equal((ComponentScope.Global, (string?)null), (dns.Scope, dns.Region));
            Assert.Empty(dns.Instances);
        }

        [Fact]
        public void Every_dependency_form_maps_to_k_of_n()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app:",
                "    dependsOn:",
                "      - db",
                "      - {name: cache, soft: true}",
                "      - {anyOf: [lb-a, lb-b]}",
                "      - {atLeast: 2, of: [e1, e2, e3], soft: false}",
                "      - {anyOf: [cache], soft: true}",
                "      - app",
                "  db: {}",
                "  cache: {}",
                "  lb-a: {}",
                "  lb-b: {}",
                "  e1: {}",
                "  e2: {}",
                "  e3: {}"));

            var deps = model.FindComponent("app")!.DependsOn;
            Assert.Equal(
                new[] { "Single db 1 hard", "Single cache 1 soft", "AnyOf lb-a,lb-b 1 hard", "AtLeast e1,e2,e3 2 hard", "AnyOf cache 1 soft", "Single app 1 hard" },
                deps.Select(d => $"{d.Form} {string.Join(",", d.Members)} {d.Required} {(d.Soft ? "soft" : "hard")}"));
            Assert.Equal((5, 9), (deps[0].Location.Line, deps[0].Location.Column));
            Assert.Equal((7, 9), (deps[2].Location.Line, deps[2].Location.Column));
        }

        [Fact]
        public void Optional_fields_load_with_their_values()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "name: shop",
                "components:",
                "  db:",
                "    kind: database",
                "    instances: 3",
                "    minHealthy: 2",
                "    standby: {mode: warm, failover: automatic}",
                "    replication: sync",
                "    criticality: low",
                "    availability: 0.995",
                "    tags: {team: payments, cost: 12, 'has space': \"x: y\"}"));

            var db = model.FindComponent("db")!;
            Assert.Equal("shop", model.Name);
            Assert.Equal(("database", 2, ReplicationMode.Sync, Criticality.Low, 0.995), (db.Kind, db.MinHealthy, db.Replication, db.Criticality!.Value, db.Availability!.Value));
            Assert.Equal((StandbyMode.Warm, FailoverMode.Automatic), (db.Standby!.Mode, db.Standby.Failover));
            Assert.Equal("payments", db.Tags["team"]);
            Assert.Equal("12", db.Tags["cost"]);
            Assert.Equal("x: y", db.Tags["has space"]);
        }

        [Fact]
        public void People_teams_owners_and_empty_bodies()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "entrypoints: [svc]",
                "people:",
                "  alice:",
                "  bob: {}",
                "teams:",
                "  ops: [alice, bob]",
                "components:",
                "  svc:",
                "    owners: [ops, alice]",
                "  cache:"));

            Assert.Equal(new[] { "alice", "bob" }, model.People.Select(p => p.Name));
            Assert.Equal(new[] { "ops", "alice" }, model.FindComponent("svc")!.Owners);
            Assert.Equal(new[] { "alice", "bob" }, model.OwnersOf(model.FindComponent("svc")!));
            Assert.Equal("cache-1", Assert.Single(model.FindComponent("cache")!.Instances).Name);
            Assert.Equal(new[] { "svc" }, model.Entrypoints);
        }

        [Fact]
        public void Aliases_share_values()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  a: &svc {instances: 2, zones: &zones [z1, z2]}",
                "  b: *svc",
                "  c: {zones: *zones}"));

            Assert.Equal(new[] { "b-1", "b-2" }, model.FindComponent("b")!.Instances.Select(i => i.Name));
            Assert.Equal(new[] { "z1", "z2" }, model.FindComponent("c")!.Zones);
        }

        [Fact]
        public void Quoted_and_plain_names_are_the_same_string()
        {
            var model = Load(Yaml(
                "apiVersion: \"spofaudit/v1\"",
                "components:",
                "  'front end': {dependsOn: [\"back: end\"]}",
                "  \"back: end\": {}"));

            Assert.Equal("back: end", model.FindComponent("front end")!.DependsOn[0].Members[0]);
        }
    }
}
