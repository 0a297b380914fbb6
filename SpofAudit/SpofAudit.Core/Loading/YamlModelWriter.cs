using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Writes a model as <c>spofaudit/v1</c> YAML that <see cref="YamlModelLoader"/> reads back to an equivalent
    /// model: the same components, instances (names, zones, regions, domains), dependencies, owners, people, teams,
    /// regions and entrypoints. Useful to turn a cloud inventory into an editable architecture file.
    /// </summary>
    /// <remarks>
    /// Entrypoints are written only when the model has explicit ones. Instances are written as a count when they
    /// are exactly what the count would generate (names <c>component-1..n</c>, round-robin zones, derived regions,
    /// the component's domains), otherwise as a list. Strings are quoted whenever a YAML reader could take them
    /// for anything but the same string. A model built in code that YAML cannot express (an instance without a
    /// zone in a component that has zones, a component without instances and without scope) is written as close
    /// as YAML allows.
    /// </remarks>
    public static class YamlModelWriter
    {
        public static string Write(SpofModel model)
        {
            var output = new StringBuilder(256 + (model.Components.Count * 96));
            output.Append("apiVersion: ").Append(DocumentReader.ApiVersion).Append('\n');
            output.Append("name: ");
            YamlQuoting.Append(output, model.Name);
            output.Append('\n');
            if (model.HasExplicitEntrypoints)
            {
                output.Append("entrypoints: ");
                AppendList(output, model.Entrypoints);
                output.Append('\n');
            }

            if (model.Regions.Count > 0)
            {
                output.Append("regions:\n");
                foreach (var region in model.Regions)
                {
                    Key(output, 2, region.Key).Append(' ');
                    AppendList(output, region.Value);
                    output.Append('\n');
                }
            }

            if (model.People.Count > 0)
            {
                output.Append("people:\n");
                foreach (var person in model.People)
                {
                    Key(output, 2, person.Name).Append(" {}\n");
                }
            }

            if (model.Teams.Count > 0)
            {
                output.Append("teams:\n");
                foreach (var team in model.Teams)
                {
                    Key(output, 2, team.Name).Append(' ');
                    AppendList(output, team.Members);
                    output.Append('\n');
                }
            }

            output.Append("components:\n");
            foreach (var component in model.Components)
            {
                WriteComponent(output, model, component);
            }

            return output.ToString();
        }

        private static void WriteComponent(StringBuilder output, SpofModel model, Component component)
        {
            var start = output.Length;
            Key(output, 2, component.Name).Append('\n');
            var bodyStart = output.Length;
            if (component.Kind != null)
            {
                Field(output, "kind").Append(' ');
                YamlQuoting.Append(output, component.Kind);
                output.Append('\n');
            }

            // Only a role the kind would not give: a model read back keeps its advice, and outputs stay as short as before.
            if (component.DeclaredRole is ComponentRole role && role != ComponentRoles.Classify(component.Kind))
            {
                Field(output, "role").Append(' ').Append(ComponentRoles.NameOf(role)).Append('\n');
            }

            if (component.Scope != ComponentScope.None)
            {
                Field(output, "scope").Append(' ').Append(component.Scope.ToString().ToLowerInvariant()).Append('\n');
            }

            if (component.Region != null)
            {
                Field(output, "region").Append(' ');
                YamlQuoting.Append(output, component.Region);
                output.Append('\n');
            }

            ListField(output, "zones", component.Zones);
            WriteInstances(output, model, component);
            if (component.Quorum == QuorumRule.Majority)
            {
                Field(output, "quorum").Append(" majority\n");
            }
            else if (component.MinHealthy != 1)
            {
                Field(output, "minHealthy").Append(' ').Append(component.MinHealthy.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            if (component.Capacity != null)
            {
                Field(output, "capacity")
                    .Append(" {perInstance: ").Append(component.Capacity.PerInstance.ToString("R", CultureInfo.InvariantCulture))
                    .Append(", peak: ").Append(component.Capacity.Peak.ToString("R", CultureInfo.InvariantCulture)).Append("}\n");
            }

            ListField(output, "domains", component.Domains);
            WriteDependencies(output, component.DependsOn);
            ListField(output, "owners", component.Owners);
            if (component.Standby != null)
            {
                Field(output, "standby")
                    .Append(" {mode: ").Append(component.Standby.Mode.ToString().ToLowerInvariant())
                    .Append(", failover: ").Append(component.Standby.Failover.ToString().ToLowerInvariant()).Append("}\n");
            }

            if (component.Replication != ReplicationMode.None)
            {
                Field(output, "replication").Append(' ').Append(component.Replication.ToString().ToLowerInvariant()).Append('\n');
            }

            if (component.Rto != null)
            {
                Field(output, "rto").Append(' ').Append(Duration.Format(component.Rto.Value)).Append('\n');
            }

            if (component.Rpo != null)
            {
                Field(output, "rpo").Append(' ').Append(Duration.Format(component.Rpo.Value)).Append('\n');
            }

            if (component.BackupEvery != null)
            {
                Field(output, "backup").Append(" {every: ").Append(Duration.Format(component.BackupEvery.Value)).Append("}\n");
            }

            if (component.Code != null)
            {
                // The repository as an absolute folder: the written file may live elsewhere than the one that named it.
                Field(output, "code").Append(" {repo: ");
                YamlQuoting.Append(output, System.IO.Path.GetFullPath(component.Code.Repository));
                output.Append(", paths: [");
                for (var i = 0; i < component.Code.Paths.Count; i++)
                {
                    output.Append(i == 0 ? string.Empty : ", ");
                    YamlQuoting.Append(output, component.Code.Paths[i]);
                }

                output.Append(']');
                if (component.Code.History is System.TimeSpan history)
                {
                    output.Append(", history: ").Append(Duration.Format(history));
                }

                output.Append("}\n");
            }

            if (component.Criticality != null)
            {
                Field(output, "criticality").Append(' ').Append(component.Criticality.Value.ToString().ToLowerInvariant()).Append('\n');
            }

            if (component.Availability != null)
            {
                Field(output, "availability").Append(' ').Append(component.Availability.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            }

            if (component.Tags.Count > 0)
            {
                Field(output, "tags").Append(" {");
                var first = true;
                foreach (var tag in component.Tags)
                {
                    output.Append(first ? string.Empty : ", ");
                    YamlQuoting.Append(output, tag.Key);
                    output.Append(": ");
                    YamlQuoting.Append(output, tag.Value);
                    first = false;
                }

                output.Append("}\n");
            }

            if (output.Length == bodyStart)
            {
                // Nothing but defaults: "name: {}" rather than a key with no value.
                output.Length = start;
                Key(output, 2, component.Name).Append(" {}\n");
            }
        }

        private static void WriteInstances(StringBuilder output, SpofModel model, Component component)
        {
            if (component.Scope != ComponentScope.None || component.Instances.Count == 0)
            {
                return;
            }

            if (IsGeneratedByCount(model, component))
            {
                if (component.Instances.Count != 1)
                {
                    Field(output, "instances").Append(' ').Append(component.Instances.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }

                return;
            }

            Field(output, "instances").Append('\n');
            foreach (var instance in component.Instances)
            {
                output.Append("      - {name: ");
                YamlQuoting.Append(output, instance.Name);
                if (instance.Zone != null)
                {
                    output.Append(", zone: ");
                    YamlQuoting.Append(output, instance.Zone);
                }

                var derived = (instance.Zone == null ? null : model.RegionOfZone(instance.Zone)) ?? component.Region;
                if (instance.Region != null && instance.Region != derived)
                {
                    output.Append(", region: ");
                    YamlQuoting.Append(output, instance.Region);
                }

                var own = instance.Domains.Except(component.Domains).ToArray();
                if (own.Length > 0)
                {
                    output.Append(", domains: ");
                    AppendList(output, own);
                }

                output.Append("}\n");
            }
        }

        /// <summary>True when <c>instances: n</c> would load back to exactly these instances.</summary>
        private static bool IsGeneratedByCount(SpofModel model, Component component)
        {
            for (var i = 0; i < component.Instances.Count; i++)
            {
                var instance = component.Instances[i];
                var zone = component.Zones.Count > 0 ? component.Zones[i % component.Zones.Count] : null;
                var region = (zone == null ? null : model.RegionOfZone(zone)) ?? component.Region;
                if (instance.Name != component.Name + "-" + (i + 1).ToString(CultureInfo.InvariantCulture) ||
                    instance.Zone != zone ||
                    instance.Region != region ||
                    !instance.Domains.SequenceEqual(component.Domains))
                {
                    return false;
                }
            }

            return true;
        }

        private static void WriteDependencies(StringBuilder output, IReadOnlyList<Dependency> dependencies)
        {
            if (dependencies.Count == 0)
            {
                return;
            }

            Field(output, "dependsOn").Append('\n');
            foreach (var dependency in dependencies)
            {
                output.Append("      - ");
                if (dependency.Form == DependencyForm.Single && !dependency.Soft)
                {
                    YamlQuoting.Append(output, dependency.Members[0]);
                    output.Append('\n');
                    continue;
                }

                switch (dependency.Form)
                {
                    case DependencyForm.Single:
                        output.Append("{name: ");
                        YamlQuoting.Append(output, dependency.Members[0]);
                        break;
                    case DependencyForm.AnyOf:
                        output.Append("{anyOf: ");
                        AppendList(output, dependency.Members);
                        break;
                    default:
                        output.Append("{atLeast: ").Append(dependency.Required.ToString(CultureInfo.InvariantCulture)).Append(", of: ");
                        AppendList(output, dependency.Members);
                        break;
                }

                output.Append(dependency.Soft ? ", soft: true}\n" : "}\n");
            }
        }

        private static void ListField(StringBuilder output, string key, IReadOnlyList<string> values)
        {
            if (values.Count > 0)
            {
                Field(output, key).Append(' ');
                AppendList(output, values);
                output.Append('\n');
            }
        }

        private static StringBuilder Field(StringBuilder output, string key) => output.Append("    ").Append(key).Append(':');

        private static StringBuilder Key(StringBuilder output, int indent, string name)
        {
            output.Append(' ', indent);
            YamlQuoting.Append(output, name);
            return output.Append(':');
        }

        private static void AppendList(StringBuilder output, IEnumerable<string> values)
        {
            output.Append('[');
            var first = true;
            foreach (var value in values)
            {
                output.Append(first ? string.Empty : ", ");
                YamlQuoting.Append(output, value);
                first = false;
            }

            output.Append(']');
        }
    }
}
