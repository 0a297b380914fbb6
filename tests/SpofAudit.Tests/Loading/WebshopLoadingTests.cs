using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Tests.Loading
{
    /// <summary>The docs/design.md §3 example, verbatim, loads into exactly the model the design describes.</summary>
    public class WebshopLoadingTests
    {
        internal const string Webshop = """
apiVersion: spofaudit/v1
name: webshop
entrypoints: [lb]              # what "the system is up" means; default: components nothing depends on
regions:                       # optional zone -> region map
  us-east-1: [us-east-1a, us-east-1b]
people:                        # optional
  alice: {}
  bob: {}
teams:                         # optional; owners may name a team
  dba: [alice, bob]
components:                    # a map: the key is the component's name, unique
  lb:
    kind: loadbalancer         # free text; known kinds get specific advice
    dependsOn: [app]
  app:
    instances: 2               # a count, placed round-robin over `zones` ...
    zones: [us-east-1a, us-east-1b]
    dependsOn:
      - db                               # hard: app is down when db is down
      - {name: cache, soft: true}        # soft: app is degraded when cache is down
    owners: [dba]
  db:
    kind: database
    instances:                 # ... or a list, one entry per instance
      - {name: db-1, zone: us-east-1a, domains: [rack-7]}
      - {name: db-2, zone: us-east-1b}
    minHealthy: 1              # k of the n instances must be up (default 1; a quorum is k > 1)
    standby: {mode: hot, failover: automatic}   # hot | warm | cold; automatic | manual
    replication: async         # sync | async | none
    owners: [alice]
  cache: {kind: cache}
  s3:
    scope: regional            # managed service: zonal | regional | global (no own failure)
    region: us-east-1
""";

        [Fact]
        public void Design_example_loads_every_field()
        {
            var model = LoaderAssert.Load(Webshop, "webshop.yaml");

            Assert.Equal("webshop", model.Name);
            Assert.True(model.HasExplicitEntrypoints);
            Assert.Equal(new[] { "lb" }, model.Entrypoints);
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, model.Regions["us-east-1"]);
            Assert.Equal(new[] { "alice", "bob" }, model.People.Select(p => p.Name));
            var dba = Assert.Single(model.Teams);
            Assert.Equal("dba", dba.Name);
            Assert.Equal(new[] { "alice", "bob" }, dba.Members);
            Assert.Equal(new[] { "lb", "app", "db", "cache", "s3" }, model.Components.Select(c => c.Name));

            var lb = model.FindComponent("lb")!;
            Assert.Equal("loadbalancer", lb.Kind);
            var lb1 = Assert.Single(lb.Instances);
            Assert.Equal(("lb-1", (string?)null, (string?)null), (lb1.Name, lb1.Zone, lb1.Region));
            Assert.Equal("app", Assert.Single(lb.DependsOn).Members.Single());
            Assert.Equal(new SourceLocation("webshop.yaml", 12, 3).ToString(), lb.Location.ToString());

            var app = model.FindComponent("app")!;
            Assert.Null(app.Kind);
            Assert.Equal(new[] { "app-1", "app-2" }, app.Instances.Select(i => i.Name));
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, app.Instances.Select(i => i.Zone));
            Assert.All(app.Instances, i => Assert.Equal("us-east-1", i.Region));
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, app.Zones);
            Assert.Equal(2, app.DependsOn.Count);
            Assert.Equal((DependencyForm.Single, "db", 1, false), (app.DependsOn[0].Form, app.DependsOn[0].Members.Single(), app.DependsOn[0].Required, app.DependsOn[0].Soft));
            Assert.Equal((DependencyForm.Single, "cache", 1, true), (app.DependsOn[1].Form, app.DependsOn[1].Members.Single(), app.DependsOn[1].Required, app.DependsOn[1].Soft));
            Assert.Equal((20, 9), (app.DependsOn[1].Location.Line, app.DependsOn[1].Location.Column));
            Assert.Equal(new[] { "dba" }, app.Owners);
            Assert.Equal(new[] { "alice", "bob" }, model.OwnersOf(app));
            Assert.Equal(1, app.MinHealthy);

            var db = model.FindComponent("db")!;
            Assert.Equal("database", db.Kind);
            Assert.Equal(new[] { "db-1", "db-2" }, db.Instances.Select(i => i.Name));
            Assert.Equal(new[] { "us-east-1a", "us-east-1b" }, db.Instances.Select(i => i.Zone));
            Assert.All(db.Instances, i => Assert.Equal("us-east-1", i.Region));
            Assert.Equal(new[] { "rack-7" }, db.Instances[0].Domains);
            Assert.Empty(db.Instances[1].Domains);
            Assert.Equal(1, db.MinHealthy);
            Assert.Equal(StandbyMode.Hot, db.Standby!.Mode);
            Assert.Equal(FailoverMode.Automatic, db.Standby.Failover);
            Assert.Equal(ReplicationMode.Async, db.Replication);
            Assert.Equal(new[] { "alice" }, db.Owners);
            Assert.Same(db, model.FindInstanceOwner("db-2"));

            var cache = model.FindComponent("cache")!;
            Assert.Equal("cache", cache.Kind);
            Assert.Equal("cache-1", Assert.Single(cache.Instances).Name);

            var s3 = model.FindComponent("s3")!;
            Assert.Equal(ComponentScope.Regional, s3.Scope);
            Assert.Equal("us-east-1", s3.Region);
            Assert.Empty(s3.Instances);

            Assert.Equal(new[] { "webshop.yaml" }, model.Sources);
            Assert.Equal(new[] { "rack-7" }, model.DomainNames);
        }
    }
}
