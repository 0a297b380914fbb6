using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace SpofAudit.Architecture.Tests
{
    /// <summary>
    /// A shipped assembly read as metadata (never loaded): every type it references from each of its types,
    /// and every type its public surface exposes.
    /// </summary>
    internal sealed class CompiledAssembly : IDisposable
    {
        private readonly PEReader _pe;
        private readonly MetadataReader _reader;

        private CompiledAssembly(string path)
        {
            _pe = new PEReader(File.OpenRead(path));
            _reader = _pe.GetMetadataReader();
            Name = _reader.GetString(_reader.GetAssemblyDefinition().Name);
        }

        public string Name { get; }

        /// <summary>The assembly <paramref name="fileName"/> from the test's output folder, where the project references put it.</summary>
        public static CompiledAssembly Open(string fileName)
        {
            var path = Path.Combine(AppContext.BaseDirectory, fileName);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{fileName} is not in the test output folder; is it a project reference of the architecture tests?", path);
            }

            return new CompiledAssembly(path);
        }

        /// <summary>Every type each type definition names: base type, interfaces, member signatures, locals and IL.</summary>
        public IReadOnlyList<TypeUse> AllUses()
        {
            var uses = new List<TypeUse>();
            foreach (var handle in _reader.TypeDefinitions)
            {
                var type = _reader.GetTypeDefinition(handle);
                var from = NameOf(handle);
                var found = new List<EntityHandle>();
                AddBaseAndInterfaces(type, found);
                foreach (var fieldHandle in type.GetFields())
                {
                    Decode(_reader.GetFieldDefinition(fieldHandle).Signature, found, isField: true);
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    var method = _reader.GetMethodDefinition(methodHandle);
                    Decode(method.Signature, found, isField: false);
                    if (method.RelativeVirtualAddress == 0)
                    {
                        continue;
                    }

                    var body = _pe.GetMethodBody(method.RelativeVirtualAddress);
                    if (!body.LocalSignature.IsNil)
                    {
                        var locals = _reader.GetStandaloneSignature(body.LocalSignature);
                        locals.DecodeLocalSignature(new TypeReferenceCollector(found), default);
                    }

                    foreach (var token in IlTokenReader.Tokens(body))
                    {
                        AddMember(token, found);
                    }
                }

                foreach (var target in found)
                {
                    uses.Add(new TypeUse(from, NameOf(target), from.Name));
                }
            }

            return uses;
        }

        /// <summary>
        /// Every type that code outside the assembly can see through it: the base types, interfaces and the signatures
        /// of public and protected members of each public type.
        /// </summary>
        public IReadOnlyList<TypeUse> PublicSurfaceUses()
        {
            var uses = new List<TypeUse>();
            foreach (var handle in _reader.TypeDefinitions)
            {
                var type = _reader.GetTypeDefinition(handle);
                if (!IsVisible(type))
                {
                    continue;
                }

                var from = NameOf(handle);
                var found = new List<(EntityHandle Target, string Where)>();
                var baseTypes = new List<EntityHandle>();
                AddBaseAndInterfaces(type, baseTypes);
                foreach (var target in baseTypes)
                {
                    found.Add((target, "base type or interface"));
                }

                foreach (var fieldHandle in type.GetFields())
                {
                    var field = _reader.GetFieldDefinition(fieldHandle);
                    if (IsVisible(field.Attributes & FieldAttributes.FieldAccessMask))
                    {
                        AddDecoded(field.Signature, isField: true, "field " + _reader.GetString(field.Name), found);
                    }
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    var method = _reader.GetMethodDefinition(methodHandle);
                    if (IsVisible((FieldAttributes)(int)(method.Attributes & MethodAttributes.MemberAccessMask)))
                    {
                        AddDecoded(method.Signature, isField: false, "member " + _reader.GetString(method.Name), found);
                    }
                }

                foreach (var (target, where) in found)
                {
                    uses.Add(new TypeUse(from, NameOf(target), where));
                }
            }

            return uses;
        }

        public void Dispose() => _pe.Dispose();

        private void AddDecoded(BlobHandle signature, bool isField, string where, List<(EntityHandle, string)> found)
        {
            var handles = new List<EntityHandle>();
            Decode(signature, handles, isField);
            foreach (var handle in handles)
            {
                found.Add((handle, where));
            }
        }

        private bool IsVisible(TypeDefinition type)
        {
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility == TypeAttributes.Public)
            {
                return true;
            }

            var nestedVisible = visibility == TypeAttributes.NestedPublic
                || visibility == TypeAttributes.NestedFamily
                || visibility == TypeAttributes.NestedFamORAssem;
            return nestedVisible && IsVisible(_reader.GetTypeDefinition(type.GetDeclaringType()));
        }

        // Field and method access share their encoding: Public 6, Family 4, FamORAssem 5.
        private static bool IsVisible(FieldAttributes access) =>
            access == FieldAttributes.Public || access == FieldAttributes.Family || access == FieldAttributes.FamORAssem;

        private void AddBaseAndInterfaces(TypeDefinition type, List<EntityHandle> found)
        {
            if (!type.BaseType.IsNil)
            {
                AddType(type.BaseType, found);
            }

            foreach (var implementation in type.GetInterfaceImplementations())
            {
                AddType(_reader.GetInterfaceImplementation(implementation).Interface, found);
            }
        }

        private void AddType(EntityHandle handle, List<EntityHandle> found)
        {
            if (handle.Kind == HandleKind.TypeSpecification)
            {
                _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(new TypeReferenceCollector(found), default);
            }
            else
            {
                found.Add(handle);
            }
        }

        private void AddMember(EntityHandle token, List<EntityHandle> found)
        {
            switch (token.Kind)
            {
                case HandleKind.TypeDefinition:
                case HandleKind.TypeReference:
                case HandleKind.TypeSpecification:
                    AddType(token, found);
                    break;
                case HandleKind.MethodDefinition:
                    var method = _reader.GetMethodDefinition((MethodDefinitionHandle)token);
                    found.Add(method.GetDeclaringType());
                    Decode(method.Signature, found, isField: false);
                    break;
                case HandleKind.FieldDefinition:
                    var field = _reader.GetFieldDefinition((FieldDefinitionHandle)token);
                    found.Add(field.GetDeclaringType());
                    Decode(field.Signature, found, isField: true);
                    break;
                case HandleKind.MemberReference:
                    var member = _reader.GetMemberReference((MemberReferenceHandle)token);
                    if (member.Parent.Kind == HandleKind.MethodDefinition)
                    {
                        AddMember(member.Parent, found);
                    }
                    else if (member.Parent.Kind != HandleKind.ModuleReference)
                    {
                        AddType(member.Parent, found);
                    }

                    Decode(member.Signature, found, member.GetKind() == MemberReferenceKind.Field);
                    break;
                case HandleKind.MethodSpecification:
                    var specification = _reader.GetMethodSpecification((MethodSpecificationHandle)token);
                    AddMember(specification.Method, found);
                    specification.DecodeSignature(new TypeReferenceCollector(found), default);
                    break;
            }
        }

        private void Decode(BlobHandle signature, List<EntityHandle> found, bool isField)
        {
            var decoder = new SignatureDecoder<Unit, Unit>(new TypeReferenceCollector(found), _reader, default);
            var blob = _reader.GetBlobReader(signature);
            if (isField)
            {
                decoder.DecodeFieldSignature(ref blob);
            }
            else
            {
                decoder.DecodeMethodSignature(ref blob);
            }
        }

        private TypeName NameOf(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    var definition = _reader.GetTypeDefinition((TypeDefinitionHandle)handle);
                    // A nested type (a closure, an enumerator, a private helper) belongs to its outermost type's namespace.
                    var outer = definition;
                    while (outer.IsNested)
                    {
                        outer = _reader.GetTypeDefinition(outer.GetDeclaringType());
                    }

                    return new TypeName(Name, _reader.GetString(outer.Namespace), _reader.GetString(outer.Name));
                case HandleKind.TypeReference:
                    var reference = _reader.GetTypeReference((TypeReferenceHandle)handle);
                    var outerReference = reference;
                    while (outerReference.ResolutionScope.Kind == HandleKind.TypeReference)
                    {
                        outerReference = _reader.GetTypeReference((TypeReferenceHandle)outerReference.ResolutionScope);
                    }

                    var assembly = outerReference.ResolutionScope.Kind == HandleKind.AssemblyReference
                        ? _reader.GetString(_reader.GetAssemblyReference((AssemblyReferenceHandle)outerReference.ResolutionScope).Name)
                        : Name;
                    return new TypeName(assembly, _reader.GetString(outerReference.Namespace), _reader.GetString(outerReference.Name));
                default:
                    throw new InvalidOperationException($"Not a type handle: {handle.Kind}");
            }
        }
    }
}
