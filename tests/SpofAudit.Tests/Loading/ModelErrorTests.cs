using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>docs/design.md §7 errors about meaning: unknown names, duplicates, impossible placement and ranges.</summary>
    public class ModelErrorTests
    {
        [Fact]
        public void Unknown_dependency_points_at_the_member_and_suggests()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app:",
                "    dependsOn:",
                "      - databse",
                "      - {anyOf: [cache, cahce]}",
                "  database: {}",
                "  cache: {}"));

            var first = First(error, "UnknownDependency", 5, 9, new[] { "component 'app' depends on 'databse', which is not a component" }, "did you mean 'database'?");
            Assert.Equal(DiagnosticCategory.ObjectNotFound, first.Category);
            Assert.Equal("arch.yaml:5:9: component 'app' depends on 'databse', which is not a component (did you mean 'database'?)", first.ToString());
            var second = error.Diagnostics[1];
            Assert.Equal(("UnknownDependency", 6, 25, "did you mean 'cache'?"), (second.Code, second.Location.Line, second.Location.Column, second.Suggestion));
        }

        [Fact]
        public void Unknown_names_without_a_near_match_get_no_suggestion()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app: {dependsOn: [zookeeper]}"));

            First(error, "UnknownDependency", 3, 21, new[] { "'zookeeper'" });
        }

        [Fact]
        public void Unknown_owner_person_and_entrypoint()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "entrypoints: [ap]",
                "people: {alice: {}, bob: {}}",
                "teams:",
                "  ops: [alice, bbo]",
                "components:",
                "  app: {owners: [alcie, ops, dba]}"));

            Assert.Equal(
                new[]
                {
                    "arch.yaml:2:15: entrypoint 'ap' is not a component (did you mean 'app'?)",
                    "arch.yaml:5:16: member 'bbo' of team 'ops' is not a declared person (did you mean 'bob'?)",
                    "arch.yaml:7:18: owner 'alcie' of component 'app' is not a declared person or team (did you mean 'alice'?)",
                    "arch.yaml:7:30: owner 'dba' of component 'app' is not a declared person or team",
                },
                error.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(new[] { "UnknownEntrypoint", "UnknownPerson", "UnknownOwner", "UnknownOwner" }, error.Diagnostics.Select(d => d.Code));
        }

        [Fact]
        public void Components_people_and_teams_share_one_namespace()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "people: {ops: {}}",
                "teams: {ops: [ops]}",
                "components:",
                "  ops: {}"));

            var first = First(error, "DuplicateName", 3, 9, new[] { "team 'ops' is already defined as a person at arch.yaml:2:10" });
            Assert.Equal(DiagnosticCategory.ResourceExists, first.Category);
            Assert.Equal("arch.yaml:5:3: component 'ops' is already defined as a person at arch.yaml:2:10; components, people and teams need distinct names", error.Diagnostics[1].ToString());
            Assert.Equal(2, error.Diagnostics.Count);
        }

        [Fact]
        public void Instance_names_are_unique_across_the_model()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web: {instances: 2}",
                "  api:",
                "    instances:",
                "      - {name: web-2}"));

            First(error, "DuplicateName", 6, 9, new[] { "instance 'web-2' of component 'api'", "component 'web' at arch.yaml:3:20" });
        }

        [Fact]
        public void Zones_must_be_in_the_region_map_when_there_is_one()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "regions:",
                "  us-east-1: [us-east-1a, us-east-1b]",
                "components:",
                "  app: {instances: 2, zones: [us-east-1a, us-east1b]}",
                "  db:",
                "    instances: [{name: db-1, zone: us-east-1c}]"));

            First(error, "UnknownZone", 5, 43, new[] { "zone 'us-east1b' of component 'app' is not listed in 'regions'" }, "did you mean 'us-east-1b'?");
            var second = error.Diagnostics[1];
            Assert.Equal(("UnknownZone", 7, 36), (second.Code, second.Location.Line, second.Location.Column));
        }

        [Fact]
        public void A_listed_instance_zone_must_be_one_of_the_component_zones()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    zones: [a1, b1]",
                "    instances:",
                "      - {name: db-1, zone: c1}"));

            First(error, "UnknownZone", 6, 28, new[] { "zone 'c1' of instance 'db-1' is not one of the zones of component 'db' ('a1', 'b1')" }, "did you mean 'a1'?");
        }

        [Fact]
        public void Regions_that_contradict_the_map_are_conflicts()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "regions: {eu: [eu-a], us: [us-a]}",
                "components:",
                "  db:",
                "    region: us",
                "    zones: [eu-a]",
                "  app:",
                "    instances: [{name: app-1, zone: us-a, region: eu}]"));

            First(error, "RegionConflict", 5, 13, new[] { "component 'db' says region 'us'", "'eu'" });
            Assert.Equal(("RegionConflict", 8, 51), (error.Diagnostics[1].Code, error.Diagnostics[1].Location.Line, error.Diagnostics[1].Location.Column));
        }

        [Fact]
        public void A_zone_belongs_to_one_region()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "regions:",
                "  eu: [a]",
                "  us: [b, a]",
                "components: {x: {}}"));

            First(error, "DuplicateZone", 4, 11, new[] { "zone 'a' is listed again in region 'us'", "region 'eu' at arch.yaml:3:8" });
        }

        [Fact]
        public void Min_healthy_must_fit_the_units()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    instances: 2",
                "    minHealthy: 3",
                "  ebs: {scope: zonal, zones: [a, b], minHealthy: 3}",
                "  s3: {scope: global, minHealthy: 2}",
                "  q: {minHealthy: 0}"));

            First(error, "MinHealthyTooHigh", 5, 17, new[] { "'minHealthy' 3 of component 'db' is more than its 2 instances", "between 1 and 2" });
            Assert.Equal(
                new[] { "MinHealthyTooHigh 6:50 zones", "MinHealthyTooHigh 7:35 1", "InvalidValue 8:19 at least 1" },
                error.Diagnostics.Skip(1).Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column} " + (d.Message.Contains("zones") ? "zones" : d.Message.Contains("at least 1") ? "at least 1" : "1")));
        }

        [Fact]
        public void Scopes_need_their_placement_and_no_instances()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  a: {scope: zonal}",
                "  b: {scope: regional}",
                "  c: {scope: global, instances: 2}"));

            Assert.Equal(
                new[]
                {
                    "MissingZones arch.yaml:3:14: zonal component 'a' needs at least one zone in 'zones'",
                    "MissingRegion arch.yaml:4:14: regional component 'b' needs a 'region' (or 'zones' listed in 'regions')",
                    "ScopeConflict arch.yaml:5:33: component 'c' has scope global and so no instances of its own; remove 'instances' or 'scope'",
                },
                error.Diagnostics.Select(d => $"{d.Code} {d}"));
        }

        [Fact]
        public void Out_of_range_values_are_invalid()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  a: {availability: 1.5, instances: 0}",
                "  b: {dependsOn: [{atLeast: 4, of: [a, c, c]}, {anyOf: []}]}",
                "  c: {}"));

            Assert.Equal(
                new[] { "InvalidValue 3:21 availability", "InvalidValue 3:37 instances", "InvalidValue 4:19 atLeast", "DuplicateMember 4:43 c", "InvalidValue 4:48 no members" },
                error.Diagnostics
                    .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
                    .Select(d => $"{d.Code} {d.Location.Line}:{d.Location.Column} " + new[] { "availability", "instances", "atLeast", "'c'", "no members" }.First(w => d.Message.Contains(w)).Trim('\'')));
        }

        [Fact]
        public void A_model_needs_a_component()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "people: {alice: {}}",
                "components: {}"));

            Assert.Equal("NoComponents", error.First.Code);
            Assert.Equal("arch.yaml:3:13: the model has no components; 'components' must define at least one", error.First.ToString());
        }

        [Fact]
        public void A_model_without_a_components_key_points_at_the_document()
        {
            var error = Fails(Yaml(
                "# an architecture",
                "apiVersion: spofaudit/v1",
                "name: m"));

            First(error, "NoComponents", 2, 1, new[] { "the model has no components" });
        }

        [Fact]
        public void A_huge_instance_count_fails_fast_instead_of_exhausting_memory()
        {
            var error = Fails(
                Yaml("apiVersion: spofaudit/v1", "components:", "  a: {instances: 2000000000}"),
                limits: new LoaderLimits(maxInstances: 1000));

            First(error, "TooManyInstances", 3, 18, new[] { "component 'a' has 2000000000 instances", "at most 1000" });
            Assert.Equal(DiagnosticCategory.LimitsExceeded, error.First.Category);
        }
    }
}
