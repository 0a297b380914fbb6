using System;
using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Testing
{
    /// <summary>
    /// Short constructors for model objects built in code: the public constructors take every field,
    /// and generators only vary a few of them.
    /// </summary>
    public static class ModelParts
    {
        private static readonly IReadOnlyDictionary<string, string> NoTags = new Dictionary<string, string>();

        public static Instance Instance(string name, string? zone, string? region, IReadOnlyList<string>? domains = null) =>
            new Instance(name, zone, region, domains ?? Array.Empty<string>(), SourceLocation.None);

        public static Component Component(
            string name,
            string? kind,
            IReadOnlyList<Instance> instances,
            IReadOnlyList<Dependency>? dependsOn = null,
            int minHealthy = 1,
            ComponentScope scope = ComponentScope.None,
            string? region = null,
            IReadOnlyList<string>? zones = null,
            IReadOnlyList<string>? domains = null,
            IReadOnlyList<string>? owners = null,
            Criticality? criticality = null,
            Capacity? capacity = null,
            QuorumRule quorum = QuorumRule.None,
            Standby? standby = null,
            ReplicationMode replication = ReplicationMode.None,
            double? availability = null) =>
            new Component(
                name,
                kind,
                instances,
                minHealthy,
                scope,
                region,
                zones ?? Array.Empty<string>(),
                domains ?? Array.Empty<string>(),
                dependsOn ?? Array.Empty<Dependency>(),
                owners ?? Array.Empty<string>(),
                standby,
                replication,
                criticality,
                availability,
                NoTags,
                SourceLocation.None,
                capacity,
                quorum);

        public static Dependency Hard(string target) => Dependency.On(target);

        public static Dependency Soft(string target) => Dependency.On(target, soft: true);

        public static Dependency AnyOf(bool soft, params string[] members) =>
            new Dependency(DependencyForm.AnyOf, members, 1, soft, SourceLocation.None);

        public static Dependency AtLeast(int required, bool soft, params string[] members) =>
            new Dependency(DependencyForm.AtLeast, members, required, soft, SourceLocation.None);

        public static SpofModel NewModel(
            string name,
            IReadOnlyList<Component> components,
            IReadOnlyList<string>? entrypoints = null,
            IReadOnlyDictionary<string, IReadOnlyList<string>>? regions = null,
            IReadOnlyList<Person>? people = null,
            IReadOnlyList<Team>? teams = null) =>
            new SpofModel(
                name,
                components,
                entrypoints,
                regions ?? new Dictionary<string, IReadOnlyList<string>>(),
                people ?? Array.Empty<Person>(),
                teams ?? Array.Empty<Team>(),
                new[] { "<generated>" });

        public static Person Person(string name) => new Person(name, SourceLocation.None);

        public static Team Team(string name, params string[] members) => new Team(name, members, SourceLocation.None);
    }
}
