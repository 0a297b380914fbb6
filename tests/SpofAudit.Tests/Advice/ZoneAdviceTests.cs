using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Loading;
using Xunit;

namespace SpofAudit.Tests.Advice
{
    /// <summary>The zone advice names the fix that fits what the zone holds: a NAT gateway, resources in no zone, or a spread.</summary>
    public class ZoneAdviceTests
    {
        [Fact]
        public void A_zone_lost_through_its_one_NAT_gateway_is_told_to_give_each_zone_its_own_gateway()
        {
            var advice = ZoneAdvice(@"apiVersion: spofaudit/v1
name: nat
entrypoints: [web]
regions:
  us-east-1: [us-east-1a, us-east-1b]
components:
  web:
    instances: [{name: web-1, zone: us-east-1a}, {name: web-2, zone: us-east-1b}]
    dependsOn: [nat]
  nat:
    kind: natgateway
    zones: [us-east-1a]
", "us-east-1a");

            Assert.Contains("create a NAT gateway in each zone", advice);
            Assert.Contains("route table", advice);
            Assert.DoesNotContain("Spread nat", advice);
        }

        [Fact]
        public void A_pseudo_zone_of_unplaced_resources_is_told_to_go_zone_redundant_not_to_add_a_zone()
        {
            var advice = ZoneAdvice(@"apiVersion: spofaudit/v1
name: nozone
entrypoints: [web]
regions:
  westeurope: [westeurope-1, westeurope-2, westeurope-nozone]
components:
  web:
    instances: [{name: web-1, zone: westeurope-1}, {name: web-2, zone: westeurope-2}]
    dependsOn: [db]
  db:
    kind: sql
    zones: [westeurope-nozone]
", "westeurope-nozone");

            Assert.StartsWith("db is placed in no availability zone", advice);
            Assert.Contains("make it zone-redundant", advice);
            Assert.DoesNotContain("<another zone>", advice);
        }

        [Fact]
        public void Only_the_zone_named_after_its_own_region_stands_for_an_undisclosed_placement()
        {
            var model = new YamlModelLoader().LoadText(@"apiVersion: spofaudit/v1
name: nozone
regions:
  westeurope: [westeurope-nozone, northeurope-nozone]
components:
  web:
    instances: [{name: web-1, zone: westeurope-nozone}, {name: web-2, zone: northeurope-nozone}]
", "advice.yaml");

            Assert.Equal(new[] { "westeurope-nozone" }, model.UndisclosedZones);
            Assert.True(model.IsZoneUndisclosed("westeurope-nozone"));
            Assert.False(model.IsZoneUndisclosed("northeurope-nozone"));
        }

        [Fact]
        public void Any_other_zone_is_told_to_spread_what_it_holds()
        {
            var advice = ZoneAdvice(@"apiVersion: spofaudit/v1
name: spread
entrypoints: [web]
regions:
  us-east-1: [us-east-1a, us-east-1b]
components:
  web:
    instances: [{name: web-1, zone: us-east-1a}, {name: web-2, zone: us-east-1a}]
", "us-east-1a");

            Assert.StartsWith("Spread web over at least two zones (zones: [us-east-1a, <another zone>])", advice);
        }

        [Fact]
        public void A_zone_finding_says_it_is_uncertain_and_why_when_a_component_hit_carries_the_uncertain_tag()
        {
            var advice = ZoneAdvice(@"apiVersion: spofaudit/v1
name: uncertain
entrypoints: [lb]
regions:
  eastus: [eastus-nozone]
components:
  lb:
    kind: loadbalancer
    zones: [eastus-nozone]
    tags: {spof:uncertain: the data cannot tell whether its frontend is zone-redundant}
", "eastus-nozone");

            Assert.StartsWith("lb is placed in no availability zone", advice);
            Assert.EndsWith(" Uncertain: lb: the data cannot tell whether its frontend is zone-redundant.", advice);
        }

        private static string ZoneAdvice(string yaml, string zone)
        {
            var report = new SpofAnalyzer().Analyze(new YamlModelLoader().LoadText(yaml, "advice.yaml"));
            return report.Findings.Single(f => f.Kind == FindingKind.SingleZoneRisk && f.Target == zone).Recommendation;
        }
    }
}
