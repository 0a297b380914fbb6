using System.Collections.Generic;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;
using static SpofAudit.Loading.NodeReading;

namespace SpofAudit.Loading
{
    /// <summary>Reads one entry of a component's <c>instances</c> list: <c>{name, zone, region, domains}</c>, name required.</summary>
    internal static class InstanceReader
    {
        public static readonly IReadOnlyList<string> Keys = new[] { "name", "zone", "region", "domains" };

        /// <returns>The instance, or null when it has no usable name (reported).</returns>
        public static InstanceSpec? Read(ReadContext context, Node node, int index, string component)
        {
            var where = $"instance {index + 1} of component '{component}'";
            var mapping = Mapping(context, node, where, "a mapping with 'name' and optionally 'zone', 'region', 'domains'");
            if (mapping == null)
            {
                return null;
            }

            var nameNode = mapping.Get("name");
            if (nameNode == null)
            {
                context.Error(DiagnosticCodes.MissingKey, node, $"{where} is missing required key 'name'");
                return null;
            }

            var name = Text(context, nameNode, new Subject(where, "name"), "a name");
            if (name == null)
            {
                return null;
            }

            var instance = new InstanceSpec(name.Value, context.At(node));
            where = $"instance '{name.Value}' of component '{component}'";
            foreach (var entry in mapping.Entries)
            {
                var what = new Subject(where, entry.Key.Value);
                switch (entry.Key.Value)
                {
                    case "name":
                        break;
                    case "zone":
                        instance.Zone = Name(context, entry.Value, what);
                        break;
                    case "region":
                        instance.Region = Name(context, entry.Value, what);
                        break;
                    case "domains":
                        instance.Domains = Names(context, entry.Value, what);
                        break;
                    default:
                        UnknownKey(context, entry.Key, where, Keys);
                        break;
                }
            }

            return instance;
        }
    }
}
