using System.Collections.Generic;
using SpofAudit.Findings;

namespace SpofAudit.Export
{
    /// <summary>A zone, region or domain whose failure alone takes an entrypoint down, and the components it takes down directly.</summary>
    internal sealed class RiskPlace
    {
        public RiskPlace(TargetType type, string name, IReadOnlyList<string> components)
        {
            Type = type;
            Name = name;
            Components = components;
        }

        public TargetType Type { get; }
        public string Name { get; }
        public IReadOnlyList<string> Components { get; }
    }
}
