using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;
using static SpofAudit.Loading.NodeReading;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Reads the top level of a <c>spofaudit/v1</c> document into a <see cref="ModelBuilder"/>. <c>apiVersion</c>
    /// is required in every file; when it names another version nothing else in the file is read (its keys would
    /// only produce misleading errors). <c>components</c> may be left out of a file that only declares people,
    /// teams or regions; the merged model still needs at least one component.
    /// </summary>
    internal static class DocumentReader
    {
        public const string ApiVersion = "spofaudit/v1";

        public static readonly IReadOnlyList<string> Keys = new[]
        {
            "apiVersion", "name", "entrypoints", "regions", "people", "teams", "components",
        };

        /// <summary>Reads the document; <c>components</c> holds those streamed while the tree was read, and gets the retained ones.</summary>
        public static void Read(ReadContext context, Node root, ModelBuilder builder, ComponentCollector components)
        {
            var document = Mapping(context, root, "a spofaudit document", "a mapping with " + string.Join(", ", Keys));
            if (document == null || !CheckApiVersion(context, document))
            {
                return;
            }

            builder.ComponentsLocation ??= context.At(document.Get("components") ?? document);

            foreach (var entry in document.Entries)
            {
                var node = entry.Value;
                var what = new Subject($"'{entry.Key.Value}'");
                switch (entry.Key.Value)
                {
                    case "apiVersion":
                        break;
                    case "name":
                        var name = Text(context, node, what);
                        if (name != null && builder.Name == null)
                        {
                            builder.Name = name.Value;
                        }

                        break;
                    case "entrypoints":
                        foreach (var entrypoint in Names(context, node, what))
                        {
                            builder.AddEntrypoint(entrypoint);
                        }

                        break;
                    case "regions":
                        ReadNamedLists(context, node, what, "region", "its zones", (region, zones) => AddRegion(builder, region, zones));
                        break;
                    case "people":
                        ReadPeople(context, node, builder);
                        break;
                    case "teams":
                        ReadNamedLists(context, node, what, "team", "its members", builder.AddTeam);
                        break;
                    case "components":
                        var mapping = Mapping(context, node, what, "a mapping of component names to their properties");
                        if (mapping != null)
                        {
                            foreach (var component in mapping.Entries)
                            {
                                components.Accept(component.Key, component.Value);
                            }
                        }

                        components.Flush(builder, context);

                        break;
                    default:
                        UnknownKey(context, entry.Key, "the top level", Keys);
                        break;
                }
            }
        }

        private static bool CheckApiVersion(ReadContext context, MappingNode document)
        {
            var node = document.Get("apiVersion");
            if (node == null)
            {
                context.Error(DiagnosticCodes.MissingKey, document, $"missing required key 'apiVersion'; expected 'apiVersion: {ApiVersion}'");
                return true;
            }

            var version = Text(context, node, "'apiVersion'", $"'{ApiVersion}'");
            if (version == null || version.Value == ApiVersion)
            {
                return true;
            }

            context.Error(
                DiagnosticCodes.UnsupportedApiVersion,
                node,
                $"unsupported apiVersion '{version.Value}'; this version of SpofAudit reads '{ApiVersion}'",
                NameSuggestions.DidYouMean(version.Value, new[] { ApiVersion }));
            return false;
        }

        /// <summary>
        /// A region, and the one YAML convention for an undisclosed placement: the zone named <c>&lt;region&gt;-nozone</c>
        /// in its region's list (as the Azure source names it, so its YAML exports read back the same).
        /// </summary>
        private static void AddRegion(ModelBuilder builder, NameReference region, IReadOnlyList<NameReference> zones)
        {
            builder.AddRegion(region, zones);
            var unplaced = UnplacedZone.Of(region.Name);
            foreach (var zone in zones)
            {
                if (zone.Name == unplaced)
                {
                    builder.MarkZoneUndisclosed(zone.Name);
                }
            }
        }

        /// <summary><c>regions</c> and <c>teams</c>: a mapping of names to lists of names.</summary>
        private static void ReadNamedLists(
            ReadContext context, Node node, Subject what, string kind, string listName, System.Action<NameReference, IReadOnlyList<NameReference>> add)
        {
            var mapping = Mapping(context, node, what, $"a mapping of {kind} names to lists");
            if (mapping == null)
            {
                return;
            }

            foreach (var entry in mapping.Entries)
            {
                if (RefuseMergeKey(context, entry.Key, what))
                {
                    continue;
                }

                var items = Names(context, entry.Value, new Subject($"{listName} of {kind} '{entry.Key.Value}'"));
                add(context.Name(entry.Key), items);
            }
        }

        /// <summary><c>people</c>: a mapping of names to <c>{}</c> or nothing (people have no properties yet).</summary>
        private static void ReadPeople(ReadContext context, Node node, ModelBuilder builder)
        {
            var mapping = Mapping(context, node, "'people'", "a mapping of person names to {}");
            if (mapping == null)
            {
                return;
            }

            foreach (var entry in mapping.Entries)
            {
                if (RefuseMergeKey(context, entry.Key, "'people'"))
                {
                    continue;
                }

                var value = entry.Value;
                if (value is MappingNode properties)
                {
                    foreach (var property in properties.Entries)
                    {
                        context.Error(
                            DiagnosticCodes.UnknownKey,
                            property.Key,
                            $"unknown key '{property.Key.Value}' in person '{entry.Key.Value}'; a person has no properties, write '{entry.Key.Value}: {{}}'");
                    }
                }
                else if (!(value is ScalarNode { IsNull: true }))
                {
                    WrongType(context, value, $"person '{entry.Key.Value}'", "{} or nothing");
                }

                builder.AddPerson(context.Name(entry.Key));
            }
        }
    }
}
