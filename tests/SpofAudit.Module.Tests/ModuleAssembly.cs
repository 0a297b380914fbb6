using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SpofAudit.Module.Tests
{
    /// <summary>
    /// Reads a built assembly with System.Reflection.Metadata only: no load, so the netstandard module
    /// and its PowerShell references never need to resolve inside the test process.
    /// </summary>
    public sealed class ModuleAssembly
    {
        private const string Automation = "System.Management.Automation.";

        private ModuleAssembly(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var definition = reader.GetAssemblyDefinition();
            Version = definition.Version;
            References = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();
            PublicTypes = reader.TypeDefinitions.Where(h => IsPublic(reader, h)).Select(h => MetadataNames.FullName(reader, h)).ToArray();
            Cmdlets = reader.TypeDefinitions.Select(h => DescribeCmdlet(reader, h)).OfType<CmdletDescription>().ToArray();
        }

        public Version Version { get; }

        /// <summary>Simple names of the assemblies this one references.</summary>
        public IReadOnlyList<string> References { get; }

        /// <summary>Full names of the public types (nested ones as Outer+Inner).</summary>
        public IReadOnlyList<string> PublicTypes { get; }

        /// <summary>Every public, concrete class carrying [Cmdlet].</summary>
        public IReadOnlyList<CmdletDescription> Cmdlets { get; }

        public static ModuleAssembly Read(string path) => new ModuleAssembly(path);

        private static bool IsPublic(MetadataReader reader, TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            var visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility == TypeAttributes.Public)
            {
                return true;
            }

            return visibility == TypeAttributes.NestedPublic && IsPublic(reader, type.GetDeclaringType());
        }

        private static CmdletDescription? DescribeCmdlet(MetadataReader reader, TypeDefinitionHandle handle)
        {
            var type = reader.GetTypeDefinition(handle);
            if (!IsPublic(reader, handle) || (type.Attributes & TypeAttributes.Abstract) != 0)
            {
                return null;
            }

            var attributes = Decode(reader, type.GetCustomAttributes());
            if (!attributes.TryGetValue(Automation + "CmdletAttribute", out var cmdlet))
            {
                return null;
            }

            var value = cmdlet[0];
            var outputTypes = attributes.TryGetValue(Automation + "OutputTypeAttribute", out var outputs)
                ? outputs.SelectMany(o => o.FixedArguments).SelectMany(Flatten).Select(v => v?.ToString() ?? string.Empty).ToArray()
                : Array.Empty<string>();
            var shouldProcess = value.NamedArguments.Any(n => n.Name == "SupportsShouldProcess" && n.Value is true);
            var declarations = DeclarationsOf(reader, handle);
            return new CmdletDescription(
                MetadataNames.FullName(reader, handle),
                (string)value.FixedArguments[0].Value!,
                (string)value.FixedArguments[1].Value!,
                shouldProcess,
                outputTypes,
                declarations.Select(d => d.Name).Distinct(StringComparer.Ordinal).ToArray(),
                declarations);
        }

        /// <summary>
        /// One entry per [Parameter] attribute (a parameter in several sets has several), including those inherited
        /// from base classes in this assembly.
        /// </summary>
        private static IReadOnlyList<ParameterDeclaration> DeclarationsOf(MetadataReader reader, TypeDefinitionHandle handle)
        {
            var declarations = new List<ParameterDeclaration>();
            var current = handle;
            while (!current.IsNil)
            {
                var type = reader.GetTypeDefinition(current);
                foreach (var propertyHandle in type.GetProperties())
                {
                    var property = reader.GetPropertyDefinition(propertyHandle);
                    if (!Decode(reader, property.GetCustomAttributes()).TryGetValue(Automation + "ParameterAttribute", out var attributes))
                    {
                        continue;
                    }

                    foreach (var attribute in attributes)
                    {
                        var set = attribute.NamedArguments.FirstOrDefault(n => n.Name == "ParameterSetName").Value as string;
                        declarations.Add(new ParameterDeclaration(reader.GetString(property.Name), set ?? ParameterDeclaration.AllSets));
                    }
                }

                // Base classes outside this assembly (PSCmdlet) are references, not definitions: stop there.
                current = type.BaseType.Kind == HandleKind.TypeDefinition ? (TypeDefinitionHandle)type.BaseType : default;
            }

            return declarations;
        }

        private static Dictionary<string, List<CustomAttributeValue<string>>> Decode(MetadataReader reader, CustomAttributeHandleCollection handles)
        {
            var result = new Dictionary<string, List<CustomAttributeValue<string>>>(StringComparer.Ordinal);
            var provider = new AttributeValueProvider();
            foreach (var handle in handles)
            {
                var attribute = reader.GetCustomAttribute(handle);
                var name = MetadataNames.AttributeTypeName(reader, attribute);
                if (name == null || !name.StartsWith(Automation, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!result.TryGetValue(name, out var list))
                {
                    result[name] = list = new List<CustomAttributeValue<string>>();
                }

                list.Add(attribute.DecodeValue(provider));
            }

            return result;
        }

        /// <summary>A params array argument decodes as a collection of typed arguments: unwrap it.</summary>
        private static IEnumerable<object?> Flatten(CustomAttributeTypedArgument<string> argument) =>
            argument.Value is IEnumerable<CustomAttributeTypedArgument<string>> items ? items.Select(i => i.Value) : new[] { argument.Value };
    }
}
