using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace SpofAudit.Architecture.Tests
{
    /// <summary>
    /// Decodes signatures (fields, methods, locals, type specs) into the type handles they mention, so every
    /// reference a compiled member makes is counted, generic arguments and arrays included.
    /// </summary>
    internal sealed class TypeReferenceCollector : ISignatureTypeProvider<Unit, Unit>
    {
        private readonly List<EntityHandle> _found;

        public TypeReferenceCollector(List<EntityHandle> found)
        {
            _found = found;
        }

        public Unit GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            _found.Add(handle);
            return default;
        }

        public Unit GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            _found.Add(handle);
            return default;
        }

        public Unit GetTypeFromSpecification(MetadataReader reader, Unit genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public Unit GetPrimitiveType(PrimitiveTypeCode typeCode) => default;

        public Unit GetSZArrayType(Unit elementType) => default;

        public Unit GetArrayType(Unit elementType, ArrayShape shape) => default;

        public Unit GetByReferenceType(Unit elementType) => default;

        public Unit GetPointerType(Unit elementType) => default;

        public Unit GetPinnedType(Unit elementType) => default;

        public Unit GetGenericInstantiation(Unit genericType, ImmutableArray<Unit> typeArguments) => default;

        public Unit GetGenericTypeParameter(Unit genericContext, int index) => default;

        public Unit GetGenericMethodParameter(Unit genericContext, int index) => default;

        public Unit GetFunctionPointerType(MethodSignature<Unit> signature) => default;

        public Unit GetModifiedType(Unit modifier, Unit unmodifiedType, bool isRequired) => default;
    }

    /// <summary>The decoder needs a result type; the collector keeps what it finds in its list instead.</summary>
    internal readonly struct Unit
    {
    }
}
