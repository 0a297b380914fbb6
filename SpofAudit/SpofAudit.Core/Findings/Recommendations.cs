using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Findings
{
    /// <summary>
    /// Concrete advice for a finding: what to change in the architecture (and in the YAML) so the risk goes
    /// away. Advice depends on what the target is: a database needs a replica and failover, a load balancer
    /// a twin behind DNS, a zone a spread, a power feed an A+B supply, a person a second owner.
    /// </summary>
    public static class Recommendations
    {
        public static string ForComponent(Component component)
        {
            var name = component.Name;
            var count = component.Instances.Count;
            if (component.Scope != ComponentScope.None)
            {
                return component.Scope == ComponentScope.Zonal
                    ? $"{name} is a zonal service in {Describe(component.Zones)}: deploy it in a second zone (zones: [{string.Join(", ", component.Zones)}, <another zone>]) or use its zone-redundant tier."
                    : $"{name} is a {component.Scope.ToString().ToLowerInvariant()} managed service whose one copy is needed: add a second copy and let callers fail over ({{anyOf: [{name}, {name}-secondary]}}).";
            }

            if (count > 1 && component.MinHealthy >= count)
            {
                return $"{name} needs all {count} of its instances (minHealthy: {component.MinHealthy}), so losing any one stops it: add an instance (instances: {count + 1}) or lower minHealthy if {count - 1} can carry the load.";
            }

            var role = component.Role;
            var data = count == 1 && ComponentRoles.IsStateful(role)
                ? component.BackupEvery is TimeSpan every
                    ? $" Its backups (every {Duration.Format(every)}) bound the loss to {Duration.Format(every)} of data, but restoring them is an outage of its own."
                    : $" {name} has no replica and no backup: losing its only instance loses its data. Declare and test a backup (backup: {{every: 24h}})."
                : string.Empty;
            return ForRole(component, role, name) + data;
        }

        private static string ForRole(Component component, ComponentRole role, string name)
        {
            switch (role)
            {
                case ComponentRole.Database:
                    return $"Add a replica of {name} in another zone with automatic failover (standby: {{mode: hot, failover: automatic}}, replication: sync), so losing its only instance does not stop the system"
                        + ".";
                case ComponentRole.LoadBalancer:
                    return $"Run a second load balancer beside {name} in another zone and publish both through DNS or a floating IP (dependsOn: [{{anyOf: [{name}, {name}-b]}}]), or use a managed, zone-redundant load balancer.";
                case ComponentRole.Dns:
                    return $"Serve the zone from at least two independent DNS providers or an anycast DNS service, so losing {name} does not make the system unreachable.";
                case ComponentRole.Cache:
                    return $"Either make callers treat {name} as optional (dependsOn: [{{name: {name}, soft: true}}] with timeouts and a fallback to the source) or run it as a replicated cluster across zones.";
                case ComponentRole.Queue:
                    return $"Run {name} as a cluster with replicated queues across zones (for example 3 brokers, minHealthy: 2), so one broker's loss neither stops nor loses messages.";
                case ComponentRole.Storage:
                    return $"Replicate {name} across zones (zone-redundant storage or synchronous mirroring) and keep backups in another region.";
                case ComponentRole.Network:
                case ComponentRole.NatGateway:
                    return $"Add a redundant path beside {name} (a second router, link or NAT gateway in another zone) with automatic failover such as VRRP, BGP or per-zone routes.";
                default:
                    return $"Run at least two instances of {name} in different zones behind a load balancer (instances: 2, zones: [<zone-a>, <zone-b>], minHealthy: 1), and keep it stateless so either can serve.";
            }
        }

        public static string ForDomain(string domain, IReadOnlyList<string> components)
        {
            var text = domain.ToLowerInvariant();
            var held = Describe(components);
            if (ContainsAny(text, "power", "feed", "pdu", "ups", "psu"))
            {
                return $"Power {held} from two independent feeds (A+B supplies on separate PDUs and UPSs), or spread their instances over hardware on different feeds than {domain}.";
            }

            if (ContainsAny(text, "rack", "host", "hypervisor", "server", "chassis", "node"))
            {
                return $"Spread the instances of {held} over several {(text.Contains("rack") ? "racks" : "hosts")} with an anti-affinity rule, so {domain} failing takes down at most one of them.";
            }

            if (ContainsAny(text, "link", "network", "switch", "uplink", "fiber", "isp", "circuit"))
            {
                return $"Give {held} a second, independent network path (another switch, uplink or carrier) so {domain} is not the only way in or out.";
            }

            if (ContainsAny(text, "account", "subscription", "project", "tenant"))
            {
                return $"Spread {held} over more than one account or subscription, or guard {domain} against suspension, quota exhaustion and mistaken deletion.";
            }

            return $"{held} all share the fate of {domain}: spread their instances over independent domains so no single {domain} failure holds every instance needed.";
        }

        /// <summary>
        /// Advice for a zone whose loss alone stops the system, given the components it hits. A NAT gateway among them
        /// is the classic hidden case (private subnets of every zone routed through one zone's gateway); an undisclosed
        /// zone (<see cref="SpofModel.UndisclosedZones"/>) holds resources placed in no zone, which need a zone-redundant tier instead.
        /// </summary>
        public static string ForZone(string zone, IReadOnlyList<Component> components, bool undisclosed) =>
            ZoneAdvice(zone, components, undisclosed) + Caveats(components);

        /// <summary>
        /// A component tag a source sets when the data cannot tell where a component runs (for example an Azure Standard
        /// public IP without zones, zone-redundant or not depending on the API version that created it): its value says
        /// why, and a zone finding that hits the component says the finding is uncertain.
        /// </summary>
        public const string UncertainTag = "spof:uncertain";

        /// <summary>" Uncertain: NAME: WHY." for each hit component whose placement the data could not decide.</summary>
        private static string Caveats(IReadOnlyList<Component> components)
        {
            var caveats = string.Empty;
            foreach (var component in components)
            {
                if (component.Tags.TryGetValue(UncertainTag, out var why) && !string.IsNullOrWhiteSpace(why))
                {
                    caveats += $" Uncertain: {component.Name}: {why.Trim().TrimEnd('.')}.";
                }
            }

            return caveats;
        }

        private static string ZoneAdvice(string zone, IReadOnlyList<Component> components, bool undisclosed)
        {
            var names = components.Select(c => c.Name).ToArray();
            if (undisclosed)
            {
                return $"{Describe(names)} {(names.Length == 1 ? "is" : "are")} placed in no availability zone, so {(names.Length == 1 ? "it shares" : "they share")} one undisclosed zone's fate: "
                    + $"make {(names.Length == 1 ? "it" : "them")} zone-redundant (ZRS or GZRS storage, zone-redundant SQL and App Service plans, zones on VMs, scale sets and node pools).";
            }

            var gateways = components.Where(IsNatGateway).Select(c => c.Name).ToArray();
            var others = names.Except(gateways).ToArray();
            var spread = others.Length == 0 ? string.Empty
                : $"Spread {Describe(others)} over at least two zones (zones: [{zone}, <another zone>]) with enough instances that the survivors of a {zone} outage still meet minHealthy.";
            return gateways.Length == 0
                ? spread
                : $"{Describe(gateways)} in {zone} {(gateways.Length == 1 ? "carries" : "carry")} the outbound traffic of private subnets in other zones: create a NAT gateway in each zone the private subnets use and point each zone's private route table (0.0.0.0/0) at its own zone's gateway, so losing {zone} does not cut the other zones off."
                    + (spread.Length == 0 ? string.Empty : " " + spread);
        }

        private static bool IsNatGateway(Component component) => component.Role == ComponentRole.NatGateway;

        public static string ForRegion(string region, IReadOnlyList<string> components) =>
            $"Deploy {Describe(components)} in a second region and route between regions with DNS failover or a global load balancer; replicate data to it so {region} is not the only place the system can run.";

        public static string ForPerson(string person, IReadOnlyList<string> components, IReadOnlyList<OperatorEvidence>? evidence = null) =>
            WithEvidence(
                $"{person} is the only owner of {Describe(components)}: name a second owner or a team (owners: [{person}, <someone else>]), and write down runbooks so someone else can operate it.",
                evidence);

        /// <summary>
        /// The advice, then the evidence behind the people (at most three, then a count) and what spreads the knowledge
        /// it shows (a second code owner in that rule, pairing on the next change).
        /// </summary>
        private static string WithEvidence(string advice, IReadOnlyList<OperatorEvidence>? evidence)
        {
            if (evidence == null || evidence.Count == 0)
            {
                return advice;
            }

            const int Shown = 3;
            var said = string.Join("; ", evidence.Take(Shown).Select(e => $"{e.Description} at {e.Source}"))
                + (evidence.Count > Shown ? $"; and {evidence.Count - Shown} more" : string.Empty);
            return $"{advice} Evidence: {said}. Also: {string.Join("; ", evidence.Select(e => e.Remedy).Distinct())}.";
        }

        public static string ForPeople(IReadOnlyList<string> people, IReadOnlyList<string> components, IReadOnlyList<string> declaredOwners, IReadOnlyList<OperatorEvidence>? evidence = null)
        {
            var everyone = people.Count == 2 ? "both" : people.Count == 3 ? "all three" : $"all {people.Count}";
            var owners = string.Join(", ", declaredOwners);
            return WithEvidence(
                $"Only {Describe(people)} can operate {Describe(components)}: with {everyone} away at once, nobody can. "
                    + $"Name one more owner or a team beside them (owners: [{owners}, <someone else>]), write a runbook someone outside the group can follow, "
                    + "and pair a newcomer with them on the next change.",
                evidence);
        }

        public static string ForDegradation(string target, IReadOnlyList<string> affects) =>
            $"Losing {target} degrades {Describe(affects)} without stopping it: check that callers time out and fall back gracefully, and add redundancy to {target} if running degraded is not acceptable.";

        /// <summary>
        /// Losing <paramref name="lost"/> leaves <paramref name="component"/> with <paramref name="survivors"/> units that
        /// cannot carry its peak: how loaded they would be, and how many units must survive that loss.
        /// </summary>
        public static string ForCapacity(string lost, Component component, int survivors, IReadOnlyList<string> alsoOverloaded, bool oneInstanceLost)
        {
            var capacity = component.Capacity!;
            var needed = capacity.UnitsNeeded;
            var unit = component.Scope == ComponentScope.Zonal ? "zone" : "instance";
            var too = alsoOverloaded.Count == 0 ? string.Empty : $"; {Describe(alsoOverloaded)} {(alsoOverloaded.Count == 1 ? "is" : "are")} overloaded too";
            var advice = oneInstanceLost
                ? $"Run {needed + 1} instances (instances: {needed + 1}) so that any {needed} carry the peak"
                : $"Place {component.Name} so that {needed} {unit}{(needed == 1 ? string.Empty : "s")} survive losing {lost} (add {needed - survivors} outside it)";
            return $"Losing {lost} leaves {component.Name} with {survivors} {unit}{(survivors == 1 ? string.Empty : "s")} at {capacity.LoadPercent(survivors)}% of capacity ({capacity}): "
                + $"the overload cascades into an outage{too}. {advice}, raise per-{unit} capacity, or shed load at the edge.";
        }

        /// <summary>What is wrong with a quorum group of <paramref name="units"/> units and how to size it.</summary>
        public static string ForQuorum(Component component, int units, IReadOnlyList<Analysis.QuorumProblem> problems)
        {
            var name = component.Name;
            var k = component.MinHealthy;
            var member = component.Scope == ComponentScope.Zonal ? "zone" : "member";
            var odd = units < 3 ? 3 : units % 2 == 0 ? units + 1 : units;
            var parts = new List<string>();
            foreach (var problem in problems)
            {
                switch (problem)
                {
                    case Analysis.QuorumProblem.ToleratesNoFailure:
                        parts.Add(units == 1
                            ? $"{name} is a quorum of one {member}: it tolerates no failure"
                            : $"{name} needs all {units} of its {member}s (minHealthy {k}): losing any one breaks the quorum");
                        break;
                    case Analysis.QuorumProblem.EvenSize:
                        parts.Add($"{units} {member}s needing {k} tolerate {units - k} failure{(units - k == 1 ? string.Empty : "s")}, no more than {units - 1} would: the last {member} adds a failure without adding tolerance");
                        break;
                    case Analysis.QuorumProblem.SplitBrain:
                        parts.Add($"minHealthy {k} of {units} is at most half, so both sides of a network partition can reach it and accept writes (split brain)");
                        break;
                }
            }

            return string.Join("; ", parts) + $". Run an odd number of {member}s with a majority quorum ({odd} {member}s, quorum: majority)"
                + (member == "zone" ? "." : $", spread over {Math.Min(odd, 3)} zones so that no zone holds a majority.");
        }

        /// <summary>Losing <paramref name="lost"/> stops the system until the standby of each of <paramref name="components"/> takes over.</summary>
        public static string ForFailover(string lost, IReadOnlyList<Component> components)
        {
            var first = components[0];
            var standby = first.Standby!;
            var how = standby.Failover == FailoverMode.Manual ? "someone fails over by hand to" : "the failover brings up";
            var rto = first.Rto is TimeSpan t ? $" (rto {Duration.Format(t)})" : string.Empty;
            var others = components.Count > 1 ? $" ({Describe(components.Skip(1).Select(c => c.Name).ToArray())} too)" : string.Empty;
            return $"Losing {lost} stops the system until {how} the {standby.Mode.ToString().ToLowerInvariant()} standby of {first.Name}{rto}{others}: it survives, after an outage. "
                + $"Keep a hot standby with automatic failover (standby: {{mode: hot, failover: automatic}}) and test the failover regularly, or run {first.Name} active-active.";
        }

        /// <summary>An asynchronously replicated component: what forces a failover, and what it loses.</summary>
        public static string ForDataLoss(Component component, IReadOnlyList<string> forcing)
        {
            var window = component.Rpo is TimeSpan rpo ? $"up to {Duration.Format(rpo)} of writes (rpo)" : "the writes not yet replicated";
            var what = forcing.Count == 1 ? forcing[0] : string.Join(", ", forcing.Take(forcing.Count - 1)) + " or " + forcing[forcing.Count - 1];
            return $"{component.Name} replicates asynchronously: losing {what} forces a failover that loses {window}. "
                + "Use synchronous replication (replication: sync) for data that must not be lost"
                + (component.Rpo == null ? ", or measure the replication lag and state the loss you accept (rpo: 5m)." : ", or keep the replication lag well under the rpo and alert on it.");
        }

        /// <summary>
        /// A double fault: two events that together take <paramref name="bitten"/> down. Two instances of one component
        /// mean its redundancy is one deep; two zones or regions mean the spread is too narrow; anything else means the
        /// two are each other's last backup, so the first failure must be repaired before a second one comes.
        /// </summary>
        /// <summary>
        /// Two events; <c>firstGroup</c> and <c>secondGroup</c>, for a group of several instances, say what stands for
        /// "instance NAME" ("any instance of web"), and are null for one event.
        /// </summary>
        public static string ForDoubleFault(string first, string firstKind, string second, string secondKind, string? sameComponent, string bitten, double likelihood, string? firstGroup = null, string? secondGroup = null)
        {
            var odds = Odds(likelihood);
            if (sameComponent != null)
            {
                return $"{sameComponent} survives losing {firstGroup ?? first} or {secondGroup ?? second} but not both: add an instance in another zone so it tolerates two failures, and alert on the first loss so it is replaced before a second."
                    + odds;
            }

            if (firstKind == secondKind && (firstKind == "zone" || firstKind == "region"))
            {
                return $"{bitten} is spread over too few {firstKind}s: losing {firstKind}s {first} and {second} together stops it. Spread {bitten} and what it needs over a third {firstKind}."
                    + odds;
            }

            var one = firstGroup ?? $"{firstKind} {first}";
            return $"{char.ToUpperInvariant(one[0])}{one.Substring(1)} and {secondGroup ?? $"{secondKind} {second}"} are each other's last backup for {bitten}: after either fails, the other is a single point of failure. Add a third alternative (another instance or zone), and alert on the first failure so it is repaired before a second."
                + odds;
        }

        /// <summary>Any two of a group of interchangeable instances of <paramref name="component"/> (in <paramref name="where"/>, when it has other groups).</summary>
        public static string ForTwoOfOneGroup(string component, int instances, string? where, double likelihood) =>
            $"{component} survives losing any one of its {instances.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} instances{(where == null ? string.Empty : " in " + where)} but not two: add an instance in another zone so it tolerates two failures, and alert on the first loss so it is replaced before a second."
            + $" Two of them are down at once about 1 in {OneIn(likelihood)} of the time (from the availabilities assumed).";

        private static string Odds(double likelihood) => $" Both are down at once about 1 in {OneIn(likelihood)} of the time (from the availabilities assumed).";

        /// <summary>"1,000,000" for 1e-6: odds people read at a glance.</summary>
        private static string OneIn(double likelihood) =>
            likelihood <= 0 ? "never" : Math.Round(1 / likelihood).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// "a", "a and b", or "a, b and 3 others": short enough for one line. A <see cref="NameList"/> that left names out
        /// counts them among the others.
        /// </summary>
        public static string Describe(IReadOnlyList<string> names)
        {
            var total = names is NameList list ? list.Total : names.Count;
            if (total == 0)
            {
                return "its components";
            }

            const int shown = 3;
            if (total <= shown)
            {
                return total == 1 ? names[0] : string.Join(", ", names.Take(total - 1)) + " and " + names[total - 1];
            }

            return string.Join(", ", names.Take(shown)) + $" and {total - shown} other{(total - shown == 1 ? string.Empty : "s")}";
        }

        private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.IndexOf(w, StringComparison.Ordinal) >= 0);
    }
}
