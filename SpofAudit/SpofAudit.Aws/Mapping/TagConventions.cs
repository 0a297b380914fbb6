using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Inventory;
using SpofAudit.Model;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>
    /// The tags SpofAudit reads: <c>spof:component</c> (group instances), <c>spof:dependsOn</c> and
    /// <c>spof:softDependsOn</c> (extra dependencies), <c>spof:kind</c>, <c>spof:criticality</c>, and owners from
    /// <c>spof:owners</c>, <c>Owner</c>, <c>owner</c>, <c>Team</c> or <c>team</c>. Lists are comma-separated.
    /// </summary>
    internal static class TagConventions
    {
        public const string Component = "spof:component";
        public const string DependsOn = "spof:dependsOn";
        public const string SoftDependsOn = "spof:softDependsOn";
        public const string Kind = "spof:kind";
        public const string CriticalityTag = "spof:criticality";
        public const string Name = "Name";

        private static readonly string[] OwnerKeys = { "spof:owners", "Owner", "owner", "Team", "team" };

        public static IEnumerable<string> Owners(AwsTags tags) => Split(tags.Get(OwnerKeys));

        public static IEnumerable<string> HardDependencies(AwsTags tags) => Split(tags.Get(DependsOn));

        public static IEnumerable<string> SoftDependencies(AwsTags tags) => Split(tags.Get(SoftDependsOn));

        public static Criticality? CriticalityOf(AwsTags tags)
        {
            var text = tags.Get(CriticalityTag);
            return text != null && Enum.TryParse<Criticality>(text, ignoreCase: true, out var value) ? value : (Criticality?)null;
        }

        private static IEnumerable<string> Split(string? list) =>
            list == null
                ? Enumerable.Empty<string>()
                : list.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0);
    }
}
