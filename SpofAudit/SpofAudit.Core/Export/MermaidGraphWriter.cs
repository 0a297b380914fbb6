using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Export
{
    /// <summary>
    /// Writes a Mermaid flowchart (top-down) of the model with the findings marked. Design:
    /// <list type="bullet">
    /// <item>Every component is a node <c>cN</c> (N its position in the model) labelled with its name and, on a second
    /// line, its kind and instance count (or scope); entrypoints are stadium-shaped and carry class <c>entrypoint</c>
    /// (thick border).</item>
    /// <item>A hard dependency is a solid arrow <c>--&gt;</c>, a soft one a dashed arrow <c>-.-&gt;</c>. An
    /// <c>anyOf</c>/<c>atLeast</c> entry is a small round junction <c>gN</c> labelled "any of" or "k of n" (class
    /// <c>group</c>): the dependent points at the junction (solid or dashed), the junction at each member.</item>
    /// <item>Components that are single points of failure carry class <c>spof</c> (red); those whose loss only
    /// degrades carry class <c>degraded</c> (amber).</item>
    /// <item>Each zone, region or domain whose failure alone takes an entrypoint down is a red hexagon <c>pN</c>
    /// ("zone us-east-1a", class <c>spof</c>) linked by a red dotted line <c>-.-</c> to the components it takes down
    /// directly. Healthy zones are not drawn, to keep the picture readable.</item>
    /// </list>
    /// Node ids are generated, so names need no escaping there; labels are quoted with <c>"</c>, <c>#</c>, <c>&lt;</c>,
    /// <c>&gt;</c>, <c>&amp;</c> and backticks written as Mermaid entity codes (<c>#34;</c>...).
    /// </summary>
    internal static class MermaidGraphWriter
    {
        public static void Write(SpofModel model, SpofReport report, TextWriter writer)
        {
            var marks = new GraphMarks(model, report);
            var ids = new Dictionary<string, string>(System.StringComparer.Ordinal);
            for (var i = 0; i < model.Components.Count; i++)
            {
                ids[model.Components[i].Name] = "c" + i.ToString(CultureInfo.InvariantCulture);
            }

            writer.WriteLine("flowchart TD");
            writer.WriteLine($"  %% SpofAudit: {OneLine(model.Name)}. Red: single point of failure. Amber: its loss degrades. Rounded, thick: entrypoint.");
            writer.WriteLine("  %% Solid arrow: hard dependency. Dashed arrow: soft. Circle: anyOf/atLeast group. Red hexagon: zone, region or domain at risk.");
            foreach (var component in model.Components)
            {
                var label = Escape(component.Name) + "<br/>" + Escape(GraphMarks.Describe(component));
                var shape = marks.Entrypoints.Contains(component.Name) ? $"([\"{label}\"])" : $"[\"{label}\"]";
                writer.WriteLine($"  {ids[component.Name]}{shape}");
            }

            var links = 0;
            var groups = new List<string>();
            foreach (var component in model.Components)
            {
                var from = ids[component.Name];
                foreach (var dependency in component.DependsOn)
                {
                    var arrow = dependency.Soft ? "-.->" : "-->";
                    if (dependency.Form == DependencyForm.Single)
                    {
                        writer.WriteLine($"  {from} {arrow} {ids[dependency.Members[0]]}");
                        links++;
                        continue;
                    }

                    var group = "g" + groups.Count.ToString(CultureInfo.InvariantCulture);
                    groups.Add(group);
                    writer.WriteLine($"  {group}((\"{Escape(GraphMarks.GroupLabel(dependency))}\"))");
                    writer.WriteLine($"  {from} {arrow} {group}");
                    links++;
                    foreach (var member in dependency.Members.Distinct())
                    {
                        writer.WriteLine($"  {group} --> {ids[member]}");
                        links++;
                    }
                }
            }

            var riskLinks = new List<int>();
            var places = new List<string>();
            foreach (var place in marks.RiskPlaces)
            {
                var id = "p" + places.Count.ToString(CultureInfo.InvariantCulture);
                places.Add(id);
                writer.WriteLine($"  {id}{{{{\"{Escape(GraphMarks.PlaceWord(place.Type) + " " + place.Name)}\"}}}}");
                foreach (var held in place.Components)
                {
                    writer.WriteLine($"  {id} -.- {ids[held]}");
                    riskLinks.Add(links++);
                }
            }

            writer.WriteLine("  classDef spof fill:#fde2e2,stroke:#c62828,stroke-width:2px,color:#000");
            writer.WriteLine("  classDef degraded fill:#fff4d6,stroke:#b7791f,color:#000");
            writer.WriteLine("  classDef entrypoint stroke-width:4px");
            writer.WriteLine("  classDef group fill:#eeeeee,stroke:#666666,font-size:10px");
            WriteClass(writer, model.Components.Where(c => marks.Spof.Contains(c.Name)).Select(c => ids[c.Name]).Concat(places), "spof");
            WriteClass(writer, model.Components.Where(c => marks.Degrading.Contains(c.Name)).Select(c => ids[c.Name]), "degraded");
            WriteClass(writer, model.Components.Where(c => marks.Entrypoints.Contains(c.Name)).Select(c => ids[c.Name]), "entrypoint");
            WriteClass(writer, groups, "group");
            if (riskLinks.Count > 0)
            {
                writer.WriteLine($"  linkStyle {string.Join(",", riskLinks.Select(l => l.ToString(CultureInfo.InvariantCulture)))} stroke:#c62828,stroke-width:2px");
            }
        }

        private static void WriteClass(TextWriter writer, IEnumerable<string> ids, string className)
        {
            var list = ids.ToArray();
            if (list.Length > 0)
            {
                writer.WriteLine($"  class {string.Join(",", list)} {className}");
            }
        }

        /// <summary>Text safe inside a quoted Mermaid label: markup and quote characters become entity codes.</summary>
        internal static string Escape(string text)
        {
            var result = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"':
                    case '#':
                    case '<':
                    case '>':
                    case '&':
                    case '`':
                        result.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
                        break;
                    default:
                        result.Append(char.IsControl(c) ? ' ' : c);
                        break;
                }
            }

            return result.ToString();
        }

        private static string OneLine(string text) => new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
    }
}
