using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;
using static SpofAudit.Loading.NodeReading;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// Reads an accepted-risk (suppression) file as strictly as the architecture loader reads a model, with the
    /// same tree reader and the same file:line:column diagnostics: unknown keys, a missing justification or
    /// owner, an unknown finding kind, a malformed date or a duplicate entry are errors, and nothing is
    /// suppressed from a file that has one.
    /// <code>
    /// suppressions:
    ///   - id: SinglePointOfFailure/db        # or: kind: SinglePointOfFailure + target: db
    ///     justification: Replica ordered, ticket OPS-1234
    ///     owner: alice
    ///     expires: 2026-12-31                # optional; the acceptance holds through that day
    /// </code>
    /// </summary>
    public static class SuppressionFileReader
    {
        public static readonly IReadOnlyList<string> DocumentKeys = new[] { "apiVersion", "suppressions" };
        public static readonly IReadOnlyList<string> EntryKeys = new[] { "id", "kind", "target", "justification", "owner", "expires" };

        // Its preamble makes StreamReader skip a UTF-8 byte-order mark; detecting marks instead would swap in a decoder
        // that replaces invalid bytes silently (and read UTF-16), so a file with a mark escaped the strict check.
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);
        private static readonly IReadOnlyList<string> KindNames = FindingRules.Names;

        /// <exception cref="SpofInputException">Any problem with the file or its content.</exception>
        public static IReadOnlyList<Suppression> Load(string path, LoaderLimits? limits = null)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    throw Error(DiagnosticCodes.ReadError, path, "is a directory, not a suppression file");
                }

                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
                return Read(new BoundedTextReader(reader, (limits ?? LoaderLimits.Default).MaxFileBytes, path), path, limits);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                throw Error(DiagnosticCodes.FileNotFound, path, "suppression file not found");
            }
            catch (DecoderFallbackException)
            {
                throw new SpofInputException(InvalidUtf8.Diagnostic(path, (limits ?? LoaderLimits.Default).MaxFileBytes, "the suppression file"));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Security.SecurityException)
            {
                throw Error(DiagnosticCodes.ReadError, path, "cannot read the suppression file: " + e.Message);
            }
        }

        /// <summary>Reads suppression YAML text; <paramref name="file"/> names it in errors.</summary>
        /// <exception cref="SpofInputException">Any problem with the content.</exception>
        public static IReadOnlyList<Suppression> Read(TextReader text, string file, LoaderLimits? limits = null)
        {
            var diagnostics = new List<SpofDiagnostic>();
            Node root;
            try
            {
                root = ParserEventReader.Read(text, new TreeBuilder(file, limits ?? LoaderLimits.Default, diagnostics));
            }
            catch (SpofInputException e) when (e.First.Code == DiagnosticCodes.EmptyDocument)
            {
                throw new SpofInputException(new SpofDiagnostic(
                    DiagnosticCodes.EmptyDocument, DiagnosticCategory.InvalidData, e.First.Location,
                    "the suppression file is empty; expected a mapping with 'suppressions:' and a list of entries"));
            }

            var context = new ReadContext(file, diagnostics, new NamePool());
            var suppressions = ReadDocument(context, root);
            if (diagnostics.Count > 0)
            {
                throw new SpofInputException(diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToArray());
            }

            return suppressions;
        }

        private static List<Suppression> ReadDocument(ReadContext context, Node root)
        {
            var result = new List<Suppression>();
            var document = Mapping(context, root, "a suppression file", "a mapping with 'suppressions:'");
            if (document == null)
            {
                return result;
            }

            foreach (var entry in document.Entries)
            {
                if (!DocumentKeys.Contains(entry.Key.Value))
                {
                    UnknownKey(context, entry.Key, "the suppression file", DocumentKeys);
                }
                else if (entry.Key.Value == "apiVersion")
                {
                    var version = Text(context, entry.Value, "'apiVersion'");
                    if (version != null && version.Value != DocumentReader.ApiVersion)
                    {
                        context.Error(DiagnosticCodes.UnsupportedApiVersion, version, $"unsupported apiVersion '{version.Value}'; expected {DocumentReader.ApiVersion}");
                    }
                }
            }

            var list = document.Get("suppressions");
            if (list == null)
            {
                context.Error(DiagnosticCodes.MissingKey, document, "the suppression file has no 'suppressions' key; expected a list of entries with id (or kind and target), justification and owner");
                return result;
            }

            if (list is ScalarNode empty && empty.IsNull)
            {
                return result;
            }

            var items = Sequence(context, list, "'suppressions'");
            if (items == null)
            {
                return result;
            }

            var seen = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var item in items.Items)
            {
                var suppression = ReadEntry(context, item);
                if (suppression == null)
                {
                    continue;
                }

                if (seen.TryGetValue(suppression.FindingId, out var earlier))
                {
                    context.Error(DiagnosticCodes.DuplicateName, item, $"'{suppression.FindingId}' is already accepted at line {earlier.Line}, column {earlier.Column}; keep one entry per finding");
                    continue;
                }

                seen[suppression.FindingId] = item;
                result.Add(suppression);
            }

            return result;
        }

        private static Suppression? ReadEntry(ReadContext context, Node node)
        {
            var entry = Mapping(context, node, "an entry of 'suppressions'", "a mapping with id (or kind and target), justification, owner and optional expires");
            if (entry == null)
            {
                return null;
            }

            foreach (var pair in entry.Entries.Where(p => !EntryKeys.Contains(p.Key.Value)))
            {
                UnknownKey(context, pair.Key, "a suppression entry", EntryKeys);
            }

            var subject = new Subject("the suppression entry");
            var findingId = FindingIdOf(context, entry, subject);
            var justification = Required(context, entry, "justification", subject, "why the risk is accepted");
            var owner = Required(context, entry, "owner", subject, "who answers for the decision");
            DateTime? expires = null;
            if (entry.Get("expires") is { } expiresNode)
            {
                var text = Text(context, expiresNode, subject.Key("expires"), "a date (YYYY-MM-DD)");
                if (text != null)
                {
                    if (DateTime.TryParseExact(text.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        expires = date;
                    }
                    else
                    {
                        context.Error(DiagnosticCodes.InvalidValue, text, $"'expires' must be a date written YYYY-MM-DD, found '{VisibleText.ForTerminal(text.Value)}'", "for example: expires: 2026-12-31");
                    }
                }
            }

            return findingId == null || justification == null || owner == null
                ? null
                : new Suppression(findingId, justification, owner, expires, context.At(entry));
        }

        /// <summary>The finding id from <c>id</c>, or from <c>kind</c> and <c>target</c>; exactly one form.</summary>
        private static string? FindingIdOf(ReadContext context, MappingNode entry, Subject subject)
        {
            var idNode = entry.Get("id");
            var kindNode = entry.Get("kind");
            var targetNode = entry.Get("target");
            if (idNode != null && (kindNode != null || targetNode != null))
            {
                context.Error(DiagnosticCodes.InvalidValue, kindNode ?? targetNode!, "give either 'id' or 'kind' and 'target', not both");
                return null;
            }

            string? kind;
            ScalarNode? kindAt;
            string? target;
            if (idNode != null)
            {
                var id = Text(context, idNode, subject.Key("id"), "a finding id (Kind/target)");
                if (id == null)
                {
                    return null;
                }

                var slash = id.Value.IndexOf('/');
                if (slash <= 0 || slash == id.Value.Length - 1)
                {
                    context.Error(DiagnosticCodes.InvalidValue, id, $"'{id.Value}' is not a finding id; expected Kind/target, such as SinglePointOfFailure/db");
                    return null;
                }

                kind = id.Value.Substring(0, slash);
                target = id.Value.Substring(slash + 1);
                kindAt = id;
            }
            else if (kindNode == null || targetNode == null)
            {
                context.Error(DiagnosticCodes.MissingKey, entry, "the suppression entry names no finding; give 'id' (Kind/target) or both 'kind' and 'target'");
                return null;
            }
            else
            {
                kindAt = Text(context, kindNode, subject.Key("kind"), "a finding kind");
                var targetText = Text(context, targetNode, subject.Key("target"), "a target name");
                if (kindAt == null || targetText == null)
                {
                    return null;
                }

                kind = kindAt.Value;
                target = targetText.Value;
            }

            if (!KindNames.Contains(kind))
            {
                context.Error(DiagnosticCodes.InvalidValue, kindAt, $"unknown finding kind '{kind}'; expected one of {string.Join(", ", KindNames)}", NameSuggestions.DidYouMean(kind, KindNames));
                return null;
            }

            return Finding.MakeId(FindingKind.Parse(kind), target);
        }

        private static string? Required(ReadContext context, MappingNode entry, string key, Subject subject, string meaning)
        {
            var node = entry.Get(key);
            if (node == null)
            {
                context.Error(DiagnosticCodes.MissingKey, entry, $"the suppression entry has no '{key}': say {meaning}");
                return null;
            }

            var text = Text(context, node, subject.Key(key), "a non-empty string");
            if (text != null && text.Value.Trim().Length == 0)
            {
                context.Error(DiagnosticCodes.InvalidValue, text, $"'{key}' is empty: say {meaning}");
                return null;
            }

            return text?.Value;
        }

        private static SpofInputException Error(string code, string file, string message) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), new SourceLocation(file, 0, 0), message));
    }
}
