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
    /// Writes a Graphviz digraph of the model with the findings marked. Design (the same as the Mermaid picture):
    /// <list type="bullet">
    /// <item>Every component is a rounded box with id <c>"c:NAME"</c>, labelled with its name and, on a second line,
    /// its kind and instance count (or scope). Entrypoints get a double border and <c>class="entrypoint"</c>.</item>
    /// <item>Hard dependencies are solid edges, soft ones dashed (<c>style=dashed</c>). Each <c>anyOf</c>/<c>atLeast</c>
    /// entry is a small grey circle <c>"g:N"</c> labelled "any of" or "k of n": the dependent points at it (solid or
    /// dashed), it points at each member.</item>
    /// <item>Single points of failure are filled red with <c>class="spof"</c>; components whose loss only degrades
    /// are amber with <c>class="degraded"</c>.</item>
    /// <item>Each zone, region or domain whose failure alone takes an entrypoint down is a red hexagon <c>"p:zone:NAME"</c>
    /// (<c>p:region:</c>, <c>p:domain:</c>) with <c>class="spof"</c>, joined by red dotted lines to the components it
    /// takes down directly.</item>
    /// </list>
    /// Ids and labels are double-quoted strings with backslashes and quotes escaped; the prefixes keep a component
    /// and a zone of the same name apart. <c>class</c> attributes reach SVG output, so a page can restyle them.
    /// </summary>
    internal static class DotGraphWriter
    {
        private const string Red = "#c62828";

        public static void Write(SpofModel model, SpofReport report, TextWriter writer)
        {
            var marks = new GraphMarks(model, report);
            writer.WriteLine($"digraph {Quote(model.Name)} {{");
            writer.WriteLine("  // SpofAudit: red = single point of failure, amber = its loss degrades, double border = entrypoint,");
            writer.WriteLine("  // dashed = soft dependency, small circle = anyOf/atLeast group, red hexagon = zone/region/domain at risk.");
            writer.WriteLine("  graph [rankdir=TB, fontname=\"Helvetica\"];");
            writer.WriteLine("  node [shape=box, style=\"rounded\", fontname=\"Helvetica\"];");
            writer.WriteLine("  edge [fontname=\"Helvetica\"];");
            foreach (var component in model.Components)
            {
                writer.WriteLine($"  {ComponentId(component.Name)} [{NodeAttributes(component, marks)}];");
            }

            var groups = 0;
            foreach (var component in model.Components)
            {
                var from = ComponentId(component.Name);
                foreach (var dependency in component.DependsOn)
                {
                    var style = dependency.Soft ? " [style=dashed, class=\"soft\"]" : string.Empty;
                    if (dependency.Form == DependencyForm.Single)
                    {
                        writer.WriteLine($"  {from} -> {ComponentId(dependency.Members[0])}{style};");
                        continue;
                    }

                    var group = Quote("g:" + (groups++).ToString(CultureInfo.InvariantCulture));
                    writer.WriteLine($"  {group} [label={Quote(GraphMarks.GroupLabel(dependency))}, shape=circle, style=filled, fillcolor=\"#eeeeee\", fontsize=9, margin=0.02, class=\"group\"];");
                    writer.WriteLine($"  {from} -> {group}{style};");
                    foreach (var member in dependency.Members.Distinct())
                    {
                        writer.WriteLine($"  {group} -> {ComponentId(member)};");
                    }
                }
            }

            foreach (var place in marks.RiskPlaces)
            {
                var word = GraphMarks.PlaceWord(place.Type);
                var id = Quote($"p:{word}:{place.Name}");
                writer.WriteLine($"  {id} [label={Quote(word + " " + place.Name)}, shape=hexagon, style=filled, fillcolor=\"#fde2e2\", color=\"{Red}\", class=\"spof {word}\"];");
                foreach (var held in place.Components)
                {
                    writer.WriteLine($"  {id} -> {ComponentId(held)} [style=dotted, color=\"{Red}\", arrowhead=none, class=\"holds\"];");
                }
            }

            writer.WriteLine("}");
        }

        private static string NodeAttributes(Component component, GraphMarks marks)
        {
            var classes = new List<string>();
            var attributes = new List<string> { "label=" + Quote(component.Name + "\n" + GraphMarks.Describe(component)) };
            if (marks.Spof.Contains(component.Name))
            {
                classes.Add("spof");
                attributes.Add($"style=\"rounded,filled\", fillcolor=\"#fde2e2\", color=\"{Red}\", penwidth=2");
            }
            else if (marks.Degrading.Contains(component.Name))
            {
                classes.Add("degraded");
                attributes.Add("style=\"rounded,filled\", fillcolor=\"#fff4d6\", color=\"#b7791f\"");
            }

            if (marks.Entrypoints.Contains(component.Name))
            {
                classes.Add("entrypoint");
                attributes.Add("peripheries=2");
            }

            if (classes.Count > 0)
            {
                attributes.Add($"class=\"{string.Join(" ", classes)}\"");
            }

            return string.Join(", ", attributes);
        }

        private static string ComponentId(string name) => Quote("c:" + name);

        /// <summary>A DOT double-quoted string: backslash and quote escaped, a newline as the <c>\n</c> line break, other controls as spaces.</summary>
        internal static string Quote(string text)
        {
            var result = new StringBuilder(text.Length + 2).Append('"');
            foreach (var c in text)
            {
                switch (c)
                {
                    case '\\':
                        result.Append("\\\\");
                        break;
                    case '"':
                        result.Append("\\\"");
                        break;
                    case '\n':
                        result.Append("\\n");
                        break;
                    default:
                        result.Append(char.IsControl(c) ? ' ' : c);
                        break;
                }
            }

            return result.Append('"').ToString();
        }
    }
}
