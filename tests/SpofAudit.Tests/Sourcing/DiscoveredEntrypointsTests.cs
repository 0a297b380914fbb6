using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Sourcing;

namespace SpofAudit.Tests.Sourcing
{
    /// <summary>
    /// The entrypoints both cloud readers choose when no overlay names any: nothing a user could reach is left
    /// unaudited, replicas are never entrypoints, and only a choice the inventory fully shows is said quietly.
    /// </summary>
    public sealed class DiscoveredEntrypointsTests
    {
        [Fact]
        public void On_random_inventories_every_root_is_audited_except_what_never_serves_on_its_own()
        {
            var random = new Random(20261207);
            for (var round = 0; round < 2000; round++)
            {
                var count = random.Next(1, 12);
                var names = Enumerable.Range(0, count).Select(i => "c" + i).ToArray();
                var dependedOn = new HashSet<string>(names.Where(_ => random.Next(3) == 0), StringComparer.Ordinal);
                var facing = names.Where(_ => random.Next(4) == 0).ToDictionary(n => n, _ => "public load balancer");
                var replicas = names.Where(n => !facing.ContainsKey(n) && random.Next(4) == 0).ToDictionary(n => n, _ => "read replica");

                var choice = DiscoveredEntrypoints.Choose(names, dependedOn, facing, replicas);
                // An empty choice means the core's default: every component nothing depends on.
                var entrypoints = choice.Names.Count > 0 ? choice.Names : names.Where(n => !dependedOn.Contains(n)).ToArray();

                var roots = names.Where(n => !dependedOn.Contains(n)).ToArray();
                var context = $"round {round}: roots [{string.Join(",", roots)}], facing [{string.Join(",", facing.Keys)}], replicas [{string.Join(",", replicas.Keys)}]";
                foreach (var root in roots.Where(r => !replicas.ContainsKey(r)))
                {
                    Assert.True(entrypoints.Contains(root), $"{context}: root {root} is not audited");
                }

                // Replicas are entrypoints only when nothing else stands on top, and then it is said.
                if (roots.Any(r => !replicas.ContainsKey(r)))
                {
                    Assert.True(entrypoints.All(e => !replicas.ContainsKey(e)), $"{context}: a replica is an entrypoint");
                }

                Assert.Equal(facing.Count > 0, choice.FacesUsers);
                var quiet = facing.Count > 0 && roots.All(r => facing.ContainsKey(r) || replicas.ContainsKey(r));
                Assert.True(quiet == !choice.Guessed, $"{context}: guessed={choice.Guessed}");
                Assert.Equal(entrypoints.Count(), entrypoints.Distinct().Count());
                Assert.True(!choice.Guessed || choice.Reason.Contains("overlay", StringComparison.Ordinal), $"{context}: a guess that does not say how to correct it");
            }
        }

        [Fact]
        public void A_gateway_behind_a_front_door_is_reached_through_the_front_door()
        {
            var choice = DiscoveredEntrypoints.Choose(
                new[] { "fd", "agw", "web" },
                new HashSet<string>(new[] { "agw", "web" }),
                new Dictionary<string, string> { ["fd"] = "Front Door", ["agw"] = "public application gateway" },
                new Dictionary<string, string>());

            Assert.Equal(new[] { "fd" }, choice.Names);
            Assert.False(choice.Guessed);
        }
    }
}
