using System.Collections.Generic;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;
using static SpofAudit.Loading.NodeReading;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Reads one <c>dependsOn</c> entry: <c>name</c> (hard), <c>{name: x, soft: true}</c>, <c>{anyOf: [...], soft?}</c>
    /// or <c>{atLeast: k, of: [...], soft?}</c>. Exactly one form per entry.
    /// </summary>
    internal static class DependencyReader
    {
        public static readonly IReadOnlyList<string> Keys = new[] { "name", "anyOf", "atLeast", "of", "soft" };

        /// <summary>Reads the entry; <c>where</c> names it in errors, e.g. <c>a dependency of component 'app'</c>.</summary>
        public static DependencySpec? Read(ReadContext context, Node node, Subject where)
        {
            if (node is ScalarNode)
            {
                var target = Name(context, node, where);
                return target == null ? null : DependencySpec.On(target.Value);
            }

            var mapping = Mapping(context, node, where, "a component name or a mapping with 'name', 'anyOf' or 'atLeast' and 'of'");
            if (mapping == null)
            {
                return null;
            }

            Node? name = null, anyOf = null, atLeast = null, of = null;
            var soft = false;
            var valid = true;
            foreach (var entry in mapping.Entries)
            {
                switch (entry.Key.Value)
                {
                    case "name":
                        name = entry.Value;
                        break;
                    case "anyOf":
                        anyOf = entry.Value;
                        break;
                    case "atLeast":
                        atLeast = entry.Value;
                        break;
                    case "of":
                        of = entry.Value;
                        break;
                    case "soft":
                        var value = Boolean(context, entry.Value, where.Key("soft"));
                        valid &= value != null;
                        soft = value ?? false;
                        break;
                    default:
                        UnknownKey(context, entry.Key, where, Keys);
                        valid = false;
                        break;
                }
            }

            var location = context.At(node);
            var forms = (name != null ? 1 : 0) + (anyOf != null ? 1 : 0) + (atLeast != null || of != null ? 1 : 0);
            if (forms != 1)
            {
                var problem = forms == 0 ? "names no component" : "mixes forms";
                context.Error(DiagnosticCodes.MissingKey, node, $"{where} {problem}; give exactly one of 'name', 'anyOf', or 'atLeast' with 'of'");
                return null;
            }

            if (name != null)
            {
                var target = Name(context, name, where.Key("name"));
                return target == null || !valid ? null : DependencySpec.On(target.Value, soft, location);
            }

            if (anyOf != null)
            {
                var members = Names(context, anyOf, where.Key("anyOf"));
                return valid ? DependencySpec.AnyOf(members, soft, location) : null;
            }

            if (atLeast == null || of == null)
            {
                var missing = atLeast == null ? "atLeast" : "of";
                context.Error(DiagnosticCodes.MissingKey, node, $"{where} is missing required key '{missing}'; write {{atLeast: k, of: [...]}}");
                return null;
            }

            var required = Integer(context, atLeast, where.Key("atLeast"));
            var atLeastMembers = Names(context, of, where.Key("of"));
            return valid && required != null ? DependencySpec.AtLeast(required.Value, atLeastMembers, soft, location) : null;
        }
    }
}
