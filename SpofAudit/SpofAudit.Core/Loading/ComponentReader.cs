using System;
using System.Collections.Generic;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;
using static SpofAudit.Loading.NodeReading;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Reads one entry of <c>components</c> (docs/design.md §3) into a <see cref="ComponentSpec"/>. Only shape and types are
    /// checked here; ranges, placement and references are <see cref="ModelBuilder"/>'s job, the same for every source.
    /// A null value (<c>cache:</c>) is a component with every default, like <c>cache: {}</c>.
    /// </summary>
    internal static class ComponentReader
    {
        public static readonly IReadOnlyList<string> Keys = new[]
        {
            "kind", "role", "instances", "zones", "dependsOn", "minHealthy", "standby", "replication", "owners",
            "scope", "region", "domains", "criticality", "availability", "tags", "capacity", "quorum", "rto", "rpo", "backup",
            "code", "oncall", "backstage",
        };

        private static readonly IReadOnlyList<string> CodeKeys = new[] { "repo", "paths", "history" };

        private static readonly IReadOnlyList<string> RequiredCodeKeys = new[] { "repo", "paths" };

        private static readonly IReadOnlyList<string> BackupKeys = new[] { "every" };

        private static readonly IReadOnlyList<string> CapacityKeys = new[] { "perInstance", "peak" };

        private static readonly IReadOnlyList<KeyValuePair<string, QuorumRule>> QuorumRules = new[]
        {
            Word("majority", QuorumRule.Majority),
        };

        private static readonly IReadOnlyList<string> StandbyKeys = new[] { "mode", "failover" };

        private static readonly IReadOnlyList<KeyValuePair<string, ReplicationMode>> Replications = new[]
        {
            Word("sync", ReplicationMode.Sync), Word("async", ReplicationMode.Async), Word("none", ReplicationMode.None),
        };

        private static readonly IReadOnlyList<KeyValuePair<string, ComponentScope>> Scopes = new[]
        {
            Word("zonal", ComponentScope.Zonal), Word("regional", ComponentScope.Regional), Word("global", ComponentScope.Global),
        };

        private static readonly IReadOnlyList<KeyValuePair<string, Criticality>> Criticalities = new[]
        {
            Word("high", Criticality.High), Word("medium", Criticality.Medium), Word("low", Criticality.Low),
        };

        private static readonly IReadOnlyList<KeyValuePair<string, StandbyMode>> StandbyModes = new[]
        {
            Word("hot", StandbyMode.Hot), Word("warm", StandbyMode.Warm), Word("cold", StandbyMode.Cold),
        };

        private static readonly IReadOnlyList<KeyValuePair<string, FailoverMode>> FailoverModes = new[]
        {
            Word("automatic", FailoverMode.Automatic), Word("manual", FailoverMode.Manual),
        };

        public static ComponentSpec Read(ReadContext context, ScalarNode key, Node value)
        {
            var location = context.At(key);
            var spec = new ComponentSpec(context.Names.Intern(key.Value), location) { Origin = ComponentOrigin.InFile(location) };
            var where = Subject.Component(key.Value);
            if (value is ScalarNode { IsNull: true })
            {
                return spec;
            }

            var mapping = Mapping(context, value, where, "a mapping of its properties");
            if (mapping == null)
            {
                return spec;
            }

            foreach (var entry in mapping.Entries)
            {
                var node = entry.Value;
                var what = where.Key(entry.Key.Value);
                switch (entry.Key.Value)
                {
                    case "kind":
                        var kind = Text(context, node, what);
                        spec.Kind = kind == null ? null : context.Names.Intern(kind.Value);
                        break;
                    case "instances":
                        ReadInstances(context, spec, node, what);
                        break;
                    case "zones":
                        spec.Zones = Names(context, node, what);
                        break;
                    case "dependsOn":
                        spec.DependsOn = ReadDependencies(context, node, what, key.Value);
                        break;
                    case "minHealthy":
                        spec.MinHealthy = Integer(context, node, what);
                        spec.MinHealthyLocation = context.At(node);
                        break;
                    case "standby":
                        spec.Standby = ReadStandby(context, node, key.Value);
                        break;
                    case "role":
                        spec.Role = Choice(context, node, what, ComponentRoles.Names);
                        break;
                    case "replication":
                        spec.Replication = Choice(context, node, what, Replications) ?? ReplicationMode.None;
                        break;
                    case "owners":
                        spec.Owners = Names(context, node, what);
                        break;
                    case "scope":
                        spec.Scope = Choice(context, node, what, Scopes) ?? ComponentScope.None;
                        spec.ScopeLocation = context.At(node);
                        break;
                    case "region":
                        spec.Region = Name(context, node, what);
                        break;
                    case "domains":
                        spec.Domains = Names(context, node, what);
                        break;
                    case "criticality":
                        spec.Criticality = Choice(context, node, what, Criticalities);
                        break;
                    case "availability":
                        spec.Availability = Number(context, node, what);
                        spec.AvailabilityLocation = context.At(node);
                        break;
                    case "tags":
                        spec.Tags = ReadTags(context, node, what);
                        break;
                    case "capacity":
                        spec.Capacity = ReadCapacity(context, node, key.Value);
                        spec.CapacityLocation = context.At(node);
                        break;
                    case "rto":
                        spec.Rto = ReadDuration(context, node, what);
                        break;
                    case "rpo":
                        spec.Rpo = ReadDuration(context, node, what);
                        break;
                    case "backup":
                        spec.BackupEvery = ReadBackup(context, node, key.Value);
                        break;
                    case "code":
                        spec.Code = ReadCode(context, node, key.Value);
                        break;
                    case "oncall":
                        spec.OnCall = Name(context, node, what);
                        break;
                    case "backstage":
                        spec.Backstage = Name(context, node, what);
                        break;
                    case "quorum":
                        spec.Quorum = Choice(context, node, what, QuorumRules) ?? QuorumRule.None;
                        spec.QuorumLocation = context.At(node);
                        break;
                    default:
                        UnknownKey(context, entry.Key, where, Keys);
                        break;
                }
            }

            return spec;
        }

        private static void ReadInstances(ReadContext context, ComponentSpec spec, Node node, Subject what)
        {
            spec.InstancesLocation = context.At(node);
            if (node is SequenceNode sequence)
            {
                var instances = new InstanceSpec[sequence.Items.Count];
                var count = 0;
                for (var i = 0; i < instances.Length; i++)
                {
                    var instance = InstanceReader.Read(context, sequence.Items[i], i, spec.Name);
                    if (instance != null)
                    {
                        instances[count++] = instance;
                    }
                }

                if (count < instances.Length)
                {
                    Array.Resize(ref instances, count);
                }

                spec.Instances = instances;
            }
            else if (node is ScalarNode { IsPlain: true } scalar && int.TryParse(scalar.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                spec.InstanceCount = count;
            }
            else
            {
                WrongType(context, node, what, "an instance count (an integer) or a list of instances");
            }
        }

        private static IReadOnlyList<DependencySpec> ReadDependencies(ReadContext context, Node node, Subject what, string component)
        {
            var where = Subject.DependencyOf(component);
            var sequence = Sequence(context, node, what, "a list of dependencies");
            if (sequence == null)
            {
                return Array.Empty<DependencySpec>();
            }

            var dependencies = new DependencySpec[sequence.Items.Count];
            var count = 0;
            for (var i = 0; i < dependencies.Length; i++)
            {
                var dependency = DependencyReader.Read(context, sequence.Items[i], where);
                if (dependency != null)
                {
                    dependencies[count++] = dependency;
                }
            }

            if (count < dependencies.Length)
            {
                Array.Resize(ref dependencies, count);
            }

            return dependencies;
        }

        private static Standby? ReadStandby(ReadContext context, Node node, string component)
        {
            var where = Subject.StandbyOf(component);
            var mapping = Mapping(context, node, where, "a mapping with 'mode' (hot, warm or cold) and 'failover' (automatic or manual)");
            if (mapping == null)
            {
                return null;
            }

            StandbyMode? mode = null;
            var failover = FailoverMode.Manual;
            var valid = true;
            foreach (var entry in mapping.Entries)
            {
                switch (entry.Key.Value)
                {
                    case "mode":
                        mode = Choice(context, entry.Value, where.Key("mode"), StandbyModes);
                        valid &= mode != null;
                        break;
                    case "failover":
                        var chosen = Choice(context, entry.Value, where.Key("failover"), FailoverModes);
                        valid &= chosen != null;
                        failover = chosen ?? failover;
                        break;
                    default:
                        UnknownKey(context, entry.Key, where, StandbyKeys);
                        break;
                }
            }

            if (mapping.Get("mode") == null)
            {
                context.Error(DiagnosticCodes.MissingKey, node, $"{where} is missing required key 'mode' (hot, warm or cold)");
            }

            return valid && mode != null ? new Standby(mode.Value, failover) : null;
        }

        private static TimeSpan? ReadDuration(ReadContext context, Node node, Subject what)
        {
            const string expected = "a duration such as 30s, 15m, 4h, 1h30m or 1d";
            if (node is ScalarNode scalar && !scalar.IsNull)
            {
                if (Duration.Parse(scalar.Value) is TimeSpan duration)
                {
                    return duration;
                }

                context.Error(DiagnosticCodes.InvalidValue, node, $"{what} must be {expected}, found {scalar.Describe()}");
                return null;
            }

            WrongType(context, node, what, expected);
            return null;
        }

        private static TimeSpan? ReadBackup(ReadContext context, Node node, string component)
        {
            var where = Subject.BackupOf(component);
            var mapping = Mapping(context, node, where, "a mapping with 'every' (how often, e.g. 24h)");
            if (mapping == null)
            {
                return null;
            }

            TimeSpan? every = null;
            foreach (var entry in mapping.Entries)
            {
                if (entry.Key.Value == "every")
                {
                    every = ReadDuration(context, entry.Value, where.Key("every"));
                }
                else
                {
                    UnknownKey(context, entry.Key, where, BackupKeys);
                }
            }

            if (mapping.Get("every") == null)
            {
                context.Error(DiagnosticCodes.MissingKey, node, $"{where} is missing required key 'every' (how often, e.g. 24h)");
            }

            return every;
        }

        /// <summary><c>code: {repo: PATH, paths: [..]}</c>; the repository is resolved against the file's folder.</summary>
        private static CodeLocation? ReadCode(ReadContext context, Node node, string component)
        {
            var where = Subject.CodeOf(component);
            const string Expected = "a mapping with 'repo' (the repository's folder), 'paths' (the component's code in it) and optionally 'history' (how far back to read git history, e.g. 365d)";
            var mapping = Mapping(context, node, where, Expected);
            if (mapping == null)
            {
                return null;
            }

            string? repository = null;
            TimeSpan? history = null;
            var paths = new List<string>();
            foreach (var entry in mapping.Entries)
            {
                switch (entry.Key.Value)
                {
                    case "repo":
                        repository = Text(context, entry.Value, where.Key("repo"), "a folder path")?.Value;
                        break;
                    case "paths":
                        var list = Sequence(context, entry.Value, where.Key("paths"), "a list of repository paths");
                        foreach (var item in list?.Items ?? (IReadOnlyList<Node>)Array.Empty<Node>())
                        {
                            var path = Text(context, item, where.Key("paths"), "a repository path such as services/payments/");
                            if (path != null)
                            {
                                paths.Add(path.Value);
                            }
                        }

                        break;
                    case "history":
                        history = ReadDuration(context, entry.Value, where.Key("history"));
                        break;
                    default:
                        UnknownKey(context, entry.Key, where, CodeKeys);
                        break;
                }
            }

            foreach (var required in RequiredCodeKeys)
            {
                if (mapping.Get(required) == null)
                {
                    context.Error(DiagnosticCodes.MissingKey, node, $"{where} is missing required key '{required}'", "for example: code: {repo: ../payments, paths: [services/payments/]}");
                }
            }

            if (mapping.Get("paths") is SequenceNode { Items.Count: 0 } empty)
            {
                context.Error(DiagnosticCodes.InvalidValue, empty, $"{where.Key("paths")} must name at least one path", "for example: paths: [services/payments/]");
            }

            if (repository == null || paths.Count == 0)
            {
                return null;
            }

            // Relative to the file that names it, kept relative to where the run started so reports stay portable.
            var folder = System.IO.Path.GetDirectoryName(context.File) ?? string.Empty;
            return new CodeLocation(System.IO.Path.Combine(folder, repository), paths, context.At(node), history);
        }

        private static Capacity? ReadCapacity(ReadContext context, Node node, string component)
        {
            var where = Subject.CapacityOf(component);
            var mapping = Mapping(context, node, where, "a mapping with 'perInstance' and 'peak' (numbers in one unit, e.g. requests per second)");
            if (mapping == null)
            {
                return null;
            }

            double? perInstance = null;
            double? peak = null;
            foreach (var entry in mapping.Entries)
            {
                switch (entry.Key.Value)
                {
                    case "perInstance":
                        perInstance = Number(context, entry.Value, where.Key("perInstance"));
                        break;
                    case "peak":
                        peak = Number(context, entry.Value, where.Key("peak"));
                        break;
                    default:
                        UnknownKey(context, entry.Key, where, CapacityKeys);
                        break;
                }
            }

            foreach (var required in CapacityKeys)
            {
                if (mapping.Get(required) == null)
                {
                    context.Error(DiagnosticCodes.MissingKey, node, $"{where} is missing required key '{required}' (a number)");
                }
            }

            return perInstance is double p && peak is double k ? new Capacity(p, k) : null;
        }

        private static IReadOnlyDictionary<string, string> ReadTags(ReadContext context, Node node, Subject what)
        {
            var mapping = Mapping(context, node, what, "a mapping of tag names to values");
            if (mapping == null || mapping.Entries.Count == 0)
            {
                return ComponentSpec.NoTags;
            }

            var tags = new Dictionary<string, string>(mapping.Entries.Count, StringComparer.Ordinal);
            foreach (var entry in mapping.Entries)
            {
                // Tag values are kept as written: "cost: 12" is the string "12".
                if (RefuseMergeKey(context, entry.Key, what))
                {
                    continue;
                }

                if (entry.Value is ScalarNode value)
                {
                    tags[context.Names.Intern(entry.Key.Value)] = context.Names.Intern(value.Value);
                }
                else
                {
                    WrongType(context, entry.Value, $"tag '{entry.Key.Value}' in {what}", "a single value");
                }
            }

            return tags;
        }
    }
}
