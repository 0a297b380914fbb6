using System;
using System.Collections.Generic;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>The Backstage kinds SpofAudit knows, in the spelling the catalog documentation gives them.</summary>
    internal static class EntityKinds
    {
        public const string Component = "Component";
        public const string Resource = "Resource";
        public const string System = "System";
        public const string Group = "Group";
        public const string User = "User";
        public const string Api = "API";
        public const string Domain = "Domain";
        public const string Location = "Location";
        public const string Template = "Template";

        private static readonly Dictionary<string, string> Known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [Component] = Component, [Resource] = Resource, [System] = System, [Group] = Group, [User] = User,
            [Api] = Api, [Domain] = Domain, [Location] = Location, [Template] = Template,
        };

        public static IEnumerable<string> All => Known.Values;

        /// <summary>The kind as documented (kinds compare without case), or null for a kind SpofAudit does not know.</summary>
        public static string? Canonical(string kind) => Known.TryGetValue(kind, out var canonical) ? canonical : null;

        /// <summary>Components and Resources: what runs, and so what becomes a component of the model.</summary>
        public static bool Runs(string kind) => kind == Component || kind == Resource;
    }
}
