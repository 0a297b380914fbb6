using System;
using System.Reflection.Metadata;

namespace SpofAudit.Module.Tests
{
    /// <summary>
    /// Names types as strings while decoding custom-attribute blobs: enough to read CmdletAttribute's
    /// verb and noun, OutputTypeAttribute's types and ParameterAttribute's named arguments without
    /// loading the assembly (which would need System.Management.Automation at run time).
    /// </summary>
    internal sealed class AttributeValueProvider : ICustomAttributeTypeProvider<string>
    {
        private const string SystemType = "System.Type";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => SystemType;

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
            MetadataNames.FullName(reader, handle);

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
            MetadataNames.FullName(reader, handle);

        /// <summary>typeof() arguments are stored assembly-qualified; keep only the full type name.</summary>
        public string GetTypeFromSerializedName(string name)
        {
            var depth = 0;
            for (var i = 0; i < name.Length; i++)
            {
                switch (name[i])
                {
                    case '[': depth++; break;
                    case ']': depth--; break;
                    case ',' when depth == 0: return name.Substring(0, i).Trim();
                }
            }

            return name;
        }

        // Enum-typed attribute arguments are not used by the attributes these tests read; PowerShell's
        // enums (e.g. ConfirmImpact) are int-based, which is what this answer assumes.
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => string.Equals(type, SystemType, StringComparison.Ordinal);
    }
}
