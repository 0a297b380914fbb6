using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;
using static SpofAudit.Loading.NodeReading;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// Reads Backstage catalog files (<c>catalog-info.yaml</c>: one entity a YAML document, docs "Descriptor Format of
    /// Catalog Entities") into a <see cref="Catalog"/>. Only what SpofAudit uses is checked, and strictly (a reference
    /// that is none, a missing name: file, line and column); other fields are the organisation's own and are left
    /// alone. What it cannot interpret (a kind it does not know, another apiVersion, a Location it cannot follow) is
    /// an unread part of the model, never a guess. Local Location targets are followed, each file read once.
    /// </summary>
    internal sealed class CatalogReader
    {
        public const string ApiVersionPrefix = "backstage.io/";

        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

        private readonly LoaderLimits _limits;
        private readonly ModelBuilder _builder;
        private readonly Catalog _catalog = new Catalog();
        private readonly HashSet<string> _read = new HashSet<string>(StringComparer.Ordinal);

        public CatalogReader(ModelBuilder builder, LoaderLimits? limits = null)
        {
            _builder = builder ?? throw new ArgumentNullException(nameof(builder));
            _limits = limits ?? LoaderLimits.Default;
        }

        public Catalog Catalog => _catalog;

        /// <summary>Reads a catalog file (and the local files its Locations name). Problems go to the builder.</summary>
        public void Read(string path)
        {
            if (!_read.Add(Path.GetFullPath(path)))
            {
                return;
            }

            var source = InventorySource.File(path);
            _builder.AddSource(source);
            _catalog.AddSource(path, source);
            var diagnostics = new List<SpofDiagnostic>();
            var context = new ReadContext(path, diagnostics, new NamePool());
            try
            {
                using var reader = Open(path);
                var documents = ParserEventReader.ReadDocuments(reader, TreeBuilder.ForDocuments(path, _limits, diagnostics));
                if (documents.Count == 0)
                {
                    context.Report(new SpofDiagnostic(
                        DiagnosticCodes.EmptyDocument, DiagnosticCodes.CategoryOf(DiagnosticCodes.EmptyDocument), new SourceLocation(path, 1, 1),
                        "the catalog file holds no entity; expected documents starting with 'apiVersion: backstage.io/v1alpha1'"));
                }

                foreach (var document in documents)
                {
                    ReadEntity(context, document);
                }
            }
            catch (SpofInputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
            catch (Exception e) when (FileReadFailure.TryDescribe(e, path, _limits.MaxFileBytes, "file", out var failure))
            {
                diagnostics.Add(failure);
            }

            foreach (var diagnostic in diagnostics)
            {
                _builder.AddDiagnostic(diagnostic);
            }
        }

        private void ReadEntity(ReadContext context, Node document)
        {
            var root = Mapping(context, document, "a catalog entity", "a mapping with apiVersion, kind, metadata and spec");
            if (root == null)
            {
                return;
            }

            var apiVersion = Required(context, root, "apiVersion", "the entity");
            var kindNode = Required(context, root, "kind", "the entity");
            var metadata = root.Get("metadata") is { } metadataNode ? Mapping(context, metadataNode, "'metadata'") : null;
            if (metadata == null && root.Get("metadata") == null)
            {
                context.Error(DiagnosticCodes.MissingKey, root, "missing required key 'metadata' (with 'name') in the catalog entity");
            }

            var nameNode = metadata == null ? null : Required(context, metadata, "name", "'metadata'");
            if (apiVersion == null || kindNode == null || nameNode == null)
            {
                return;
            }

            var at = context.At(nameNode);
            var source = _catalog.SourceOf(context.File);
            if (!apiVersion.Value.StartsWith(ApiVersionPrefix, StringComparison.Ordinal))
            {
                Unread(source, context.At(apiVersion), $"entity '{nameNode.Value}'", "another apiVersion",
                    $"{context.At(apiVersion)}: the document '{nameNode.Value}' has apiVersion '{apiVersion.Value}', not a Backstage entity ({ApiVersionPrefix}...); it was not read");
                return;
            }

            var kind = EntityKinds.Canonical(kindNode.Value);
            if (kind == null)
            {
                Unread(source, context.At(kindNode), $"{kindNode.Value} '{nameNode.Value}'", "unknown kind",
                    $"{context.At(kindNode)}: Backstage kind '{kindNode.Value}' of '{nameNode.Value}' is not one SpofAudit reads ({string.Join(", ", EntityKinds.All)}); whatever it says about components or people is not in the model");
                return;
            }

            var @namespace = metadata!.Get("namespace") is { } namespaceNode ? Text(context, namespaceNode, "'metadata.namespace'")?.Value : null;
            var entity = new CatalogEntity(new EntityRef(kind, @namespace ?? EntityRef.DefaultNamespace, nameNode.Value), at);
            var spec = root.Get("spec") is { } specNode ? Mapping(context, specNode, $"'spec' of {entity.Ref}") : null;
            if (spec != null)
            {
                new EntitySpecReader(context, entity).Read(spec);
            }

            if (!_catalog.Add(entity, out var earlier))
            {
                context.Error(DiagnosticCodes.DuplicateName, nameNode, $"entity {entity.Ref} is already defined at {earlier!.Location}; the catalog holds one entity per kind, namespace and name");
                return;
            }

            if (kind == EntityKinds.Location)
            {
                Follow(entity, source);
            }
        }

        /// <summary>A Location's local targets are read as catalog files; a URL or a pattern is an unread part.</summary>
        private void Follow(CatalogEntity location, InventorySource source)
        {
            var type = location.LocationType ?? "url";
            foreach (var (target, at) in location.Targets)
            {
                var local = type == "file" || (type == "url" && !target.Contains("://") && !target.StartsWith("/", StringComparison.Ordinal));
                if (!local || target.IndexOfAny(new[] { '*', '?', '{' }) >= 0)
                {
                    Unread(source, at, $"location {location.Ref.Name}", "not followed",
                        $"{at}: Location '{location.Ref.Name}' names '{target}' ({type}), which SpofAudit does not fetch (it reads local files named relative to the catalog file); give that catalog file too");
                    continue;
                }

                var path = Path.Combine(Path.GetDirectoryName(at.File) ?? string.Empty, target);
                if (!File.Exists(path))
                {
                    Unread(source, at, $"location {location.Ref.Name}", "not found",
                        $"{at}: Location '{location.Ref.Name}' names '{target}', which is not a file ({path}); what it holds is not in the model");
                    continue;
                }

                Read(path);
            }
        }

        private void Unread(InventorySource source, SourceLocation at, string part, string reason, string description) =>
            _builder.AddUnread(new UnreadPart(source, at.ToString(), part, reason, description));

        private static ScalarNode? Required(ReadContext context, MappingNode mapping, string key, string where)
        {
            var node = mapping.Get(key);
            if (node == null)
            {
                context.Error(DiagnosticCodes.MissingKey, mapping, $"missing required key '{key}' in {where}");
                return null;
            }

            return Text(context, node, $"'{key}'");
        }

        private TextReader Open(string path)
        {
            if (Directory.Exists(path))
            {
                throw new SpofInputException(Diagnostic(DiagnosticCodes.ReadError, new SourceLocation(path, 0, 0), "is a directory, not a catalog file"));
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            try
            {
                if (stream.Length > _limits.MaxFileBytes)
                {
                    throw new SpofInputException(Diagnostic(
                        DiagnosticCodes.InputTooLarge, new SourceLocation(path, 0, 0), $"file is {stream.Length} bytes, more than the limit of {_limits.MaxFileBytes} bytes"));
                }

                return new BoundedTextReader(new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false), _limits.MaxFileBytes, path);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        private static SpofDiagnostic Diagnostic(string code, SourceLocation location, string message) =>
            new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), location, message);
    }
}
