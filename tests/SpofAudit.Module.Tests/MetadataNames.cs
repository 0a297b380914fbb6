using System.Reflection.Metadata;

namespace SpofAudit.Module.Tests
{
    /// <summary>Full type names (Namespace.Name) from metadata handles.</summary>
    internal static class MetadataNames
    {
        public static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var name = reader.GetString(type.Name);
            var declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return FullName(reader, declaring) + "+" + name;
            }

            var ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public static string FullName(MetadataReader reader, TypeReferenceHandle handle)
        {
            var type = reader.GetTypeReference(handle);
            var ns = reader.GetString(type.Namespace);
            var name = reader.GetString(type.Name);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        /// <summary>The full name of the type that declares an attribute's constructor.</summary>
        public static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
        {
            switch (attribute.Constructor.Kind)
            {
                case HandleKind.MemberReference:
                    var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                    return parent.Kind switch
                    {
                        HandleKind.TypeReference => FullName(reader, (TypeReferenceHandle)parent),
                        HandleKind.TypeDefinition => FullName(reader, (TypeDefinitionHandle)parent),
                        _ => null,
                    };
                case HandleKind.MethodDefinition:
                    var method = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor);
                    return FullName(reader, method.GetDeclaringType());
                default:
                    return null;
            }
        }
    }
}
