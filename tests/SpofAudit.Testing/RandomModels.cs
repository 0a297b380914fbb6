using System;
using SpofAudit.Model;

namespace SpofAudit.Testing
{
    /// <summary>
    /// Seeded random models for property tests and benchmarks. The same seed always gives the same model,
    /// so a failing seed printed by a test reproduces the failure.
    /// </summary>
    public static class RandomModels
    {
        /// <summary>
        /// A small model of 5-40 components that exercises every construct of docs/design.md §3: instance counts
        /// (placed round-robin over the component's zones) and explicit instance lists; 1-3 regions of 2-3
        /// zones, with a region map (70%) or regions given per component, and sometimes a zone outside the
        /// map; shared-fate domains on components and on single instances (names with dots, underscores,
        /// spaces and quotes); minHealthy k-of-n; zonal, regional and global scopes; hard and soft
        /// dependencies, <c>anyOf</c> and <c>atLeast</c> groups; cycles, also through groups and self-loops;
        /// people, teams (some of one member) and owners; explicit (50%) or default entrypoints. A few
        /// component names carry quotes and spaces, so exporters must escape.
        /// </summary>
        public static SpofModel Small(int seed)
        {
            var size = 5 + new Random(seed).Next(36);
            return new SmallModelGenerator(seed).Build(size);
        }

        /// <summary>A model built like <see cref="Small"/> with exactly <paramref name="componentCount"/> components (for medium sizes).</summary>
        public static SpofModel Sized(int componentCount, int seed)
        {
            if (componentCount < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(componentCount), componentCount, "A model needs at least one component.");
            }

            return new SmallModelGenerator(seed).Build(componentCount);
        }

        /// <summary>
        /// A realistic large architecture of exactly <paramref name="componentCount"/> components (at least 40), for
        /// the benchmark. Shape:
        /// <list type="bullet">
        /// <item>2-5 regions (two, plus one per 5,000 components) with a region map of 3 zones each; every instance sits on
        /// one of 8 racks of its zone, and the racks are the shared-fate domains.</item>
        /// <item>A shared platform: global-scope <c>dns</c>; <c>auth</c> (3 instances, minHealthy 2) and
        /// <c>config-store</c> (3, quorum 2) in the first region; <c>logging</c> (2) and a single <c>metrics</c> box,
        /// both soft dependencies; per region a regional <c>object-store-REGION</c>; per zone a zonal <c>nat-ZONE</c>.</item>
        /// <item>Service stacks of six components <c>svcNNNN-lb → -app → -db, -cache (soft), -queue</c> plus a
        /// <c>-worker</c>, each in one region: lb 2 instances (1 in 10% of stacks), app 3 (minHealthy 1 or 2),
        /// db 2 (1 in 10%), cache 1 or 3, queue 3 brokers (quorum 2); apps need <c>anyOf</c> the region's NAT
        /// gateways, workers <c>atLeast 2</c> of them.</item>
        /// <item>Every third of the first 750 stacks is public: its load balancer is an entrypoint (at most 250). The
        /// others are called by a random earlier stack's app; one in forty calls back, closing a small cycle.</item>
        /// <item>Teams of 2-3 engineers own the stacks, one team in seven has a single member, and a few databases
        /// have a single person as owner. Leftover components (fewer than a stack) are <c>job-N</c> workers.</item>
        /// </list>
        /// </summary>
        public static SpofModel Large(int componentCount, int seed)
        {
            if (componentCount < LargeModelGenerator.MinimumComponents)
            {
                throw new ArgumentOutOfRangeException(nameof(componentCount), componentCount, $"A large model needs at least {LargeModelGenerator.MinimumComponents} components.");
            }

            return new LargeModelGenerator(componentCount, seed).Build();
        }
    }
}
