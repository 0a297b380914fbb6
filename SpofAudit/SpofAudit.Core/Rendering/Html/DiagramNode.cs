using System.Collections.Generic;

namespace SpofAudit.Rendering.Html
{
    /// <summary>One box of the report's dependency diagram: a component, or the zone, region, domain or person a finding names.</summary>
    internal sealed class DiagramNode
    {
        public DiagramNode(int index, string name, string type)
        {
            Index = index;
            Name = name;
            Type = type;
        }

        public int Index { get; }
        public string Name { get; }

        /// <summary>component, zone, region, domain or person: also the node's CSS class.</summary>
        public string Type { get; }

        /// <summary>What the findings say about it (spof, zone-risk, region-risk, personnel-risk, degradation, entrypoint): CSS classes.</summary>
        public SortedSet<string> Marks { get; } = new SortedSet<string>(System.StringComparer.Ordinal);

        /// <summary>The finding ids about this node, for its tooltip.</summary>
        public List<string> Findings { get; } = new List<string>();

        public int Layer { get; set; }
        public double X { get; set; }
        public double Y { get; set; }
        public double Width { get; set; }
    }
}
