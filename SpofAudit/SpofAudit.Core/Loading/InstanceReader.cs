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
            // Until the name is known the instance is named by its position; that text is only made for an error.
            if (!(node is MappingNode mapping))
            {
                WrongType(context, node, ByPosition(index, component), "a mapping with 'name' and optionally 'zone', 'region', 'domains'");
                return null;
            }

            var nameNode = mapping.Get("name");
            if (nameNode == null)
            {
                context.Error(DiagnosticCodes.MissingKey, node, $"{ByPosition(index, component)} is missing required key 'name'");
                return null;
            }

            if (!(nameNode is ScalarNode name) || name.IsNull)
            {
                WrongType(context, nameNode, new Subject(ByPosition(index, component), "name"), "a name");
                return null;
            }

            var instance = new InstanceSpec(name.Value, context.At(node));
            var where = Subject.Instance(name.Value, component);
            foreach (var entry in mapping.Entries)
            {
                var what = where.Key(entry.Key.Value);
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

        private static string ByPosition(int index, string component) =>
            $"instance {index + 1} of component '{component}'";
    }
}
