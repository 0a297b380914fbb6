using System.Collections.Generic;
using System.Linq;
using SpofAudit.Aws.Inventory;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>Tags as every service returns them: a list of Key/Value objects under one of several names.</summary>
    internal static class TagReader
    {
        public static AwsTags Read(ResponseNode node, params string[] listNames)
        {
            var items = node.List(listNames);
            if (items.Count == 0)
            {
                return AwsTags.None;
            }

            return new AwsTags(items
                .Select(t => (Key: t.Text("Key"), Value: t.Text("Value") ?? string.Empty))
                .Where(t => t.Key != null)
                .Select(t => new KeyValuePair<string, string>(t.Key!, t.Value)));
        }
    }
}
