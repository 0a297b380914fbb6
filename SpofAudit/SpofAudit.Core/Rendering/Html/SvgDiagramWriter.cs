using System.Globalization;
using System.IO;
using System.Linq;

namespace SpofAudit.Rendering.Html
{
    /// <summary>
    /// Draws a laid-out <see cref="DependencyDiagram"/> as inline SVG: one group per node whose classes say
    /// what it is (component, zone...) and what the findings say about it (spof, zone-risk...), so the page's
    /// style sheet colours them and tests can find them; arrows point from a dependent to what it depends on.
    /// </summary>
    internal static class SvgDiagramWriter
    {
        private const int MaxLabel = 28;

        public static void Write(DependencyDiagram diagram, TextWriter writer)
        {
            var (width, height) = LayeredLayout.Apply(diagram.Nodes, diagram.Edges, n => LabelWidth(Label(n.Name)));
            writer.Write($"<svg id=\"diagram\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Dependency diagram\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\">\n");
            writer.Write("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n");
            foreach (var edge in diagram.Edges)
            {
                var from = diagram.Nodes[edge.From];
                var to = diagram.Nodes[edge.To];
                var x1 = from.X + from.Width / 2;
                var y1 = from.Y + LayeredLayout.NodeHeight;
                var x2 = to.X + to.Width / 2;
                var y2 = to.Y;
                if (to.Y <= from.Y)
                {
                    // An edge closing a cycle points upwards: leave from the top, enter from the bottom.
                    y1 = from.Y;
                    y2 = to.Y + LayeredLayout.NodeHeight;
                }

                var bend = (y2 - y1) / 2;
                writer.Write($"<path class=\"edge{(edge.Soft ? " soft" : string.Empty)}\" data-from=\"{HtmlText.Escape(from.Name)}\" data-to=\"{HtmlText.Escape(to.Name)}\" d=\"M{N(x1)},{N(y1)} C{N(x1)},{N(y1 + bend)} {N(x2)},{N(y2 - bend)} {N(x2)},{N(y2)}\" marker-end=\"url(#arrow)\"/>\n");
            }

            foreach (var node in diagram.Nodes)
            {
                var classes = string.Join(" ", new[] { "node", node.Type }.Concat(node.Marks));
                var tooltip = node.Findings.Count == 0 ? $"{node.Type} {node.Name}" : $"{node.Type} {node.Name}: {string.Join(", ", node.Findings)}";
                writer.Write($"<g class=\"{classes}\" data-name=\"{HtmlText.Escape(node.Name)}\" transform=\"translate({N(node.X)},{N(node.Y)})\">");
                writer.Write($"<title>{HtmlText.Escape(tooltip)}</title>");
                var radius = node.Type == "component" ? 4 : 17;
                writer.Write($"<rect width=\"{N(node.Width)}\" height=\"{N(LayeredLayout.NodeHeight)}\" rx=\"{radius}\"/>");
                writer.Write($"<text x=\"{N(node.Width / 2)}\" y=\"{N(LayeredLayout.NodeHeight / 2)}\">{HtmlText.Escape(Label(node.Name))}</text></g>\n");
            }

            writer.Write("</svg>\n");
        }

        private static string Label(string name) => name.Length <= MaxLabel ? name : name.Substring(0, MaxLabel - 1) + "…";

        // About 7.5 px per character of the 13 px sans-serif label, plus padding.
        private static double LabelWidth(string label) => System.Math.Max(64, 7.5 * label.Length + 24);

        private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
    }
}
