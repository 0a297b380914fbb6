using System.Collections.Generic;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>What a catalog read as a model tells the entrypoint choice (<c>DiscoveredEntrypoints</c>), and its name.</summary>
    public sealed class CatalogFacts
    {
        internal CatalogFacts(
            IReadOnlyList<string> components,
            ISet<string> dependedOn,
            IReadOnlyDictionary<string, string> userFacing,
            IReadOnlyDictionary<string, string> notOnTheirOwn,
            string? systemName)
        {
            Components = components;
            DependedOn = dependedOn;
            UserFacing = userFacing;
            NotOnTheirOwn = notOnTheirOwn;
            SystemName = systemName;
        }

        /// <summary>Every component of the model, in order.</summary>
        public IReadOnlyList<string> Components { get; }

        /// <summary>Names some component depends on.</summary>
        public ISet<string> DependedOn { get; }

        /// <summary>Components of type <c>website</c>: where users arrive.</summary>
        public IReadOnlyDictionary<string, string> UserFacing { get; }

        /// <summary>Components of type <c>library</c>: never running on their own.</summary>
        public IReadOnlyDictionary<string, string> NotOnTheirOwn { get; }

        /// <summary>The name of the catalog's only System, if it has exactly one.</summary>
        public string? SystemName { get; }
    }
}
