using System;
using System.IO;
using System.Text.RegularExpressions;
using SpofAudit.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SpofAudit.Loading.Tree
{
    /// <summary>
    /// The complete YAML reader: feeds YamlDotNet's parser events to a <see cref="TreeBuilder"/>. It accepts all of
    /// YAML and gives the syntax errors users see; <see cref="FastYamlReader"/> is only a shortcut for the
    /// common subset.
    /// </summary>
    internal static class ParserEventReader
    {
        private static readonly Regex MarkPrefix = new Regex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant);

        /// <summary>Reads one document into the builder and returns its root.</summary>
        public static Node Read(TextReader text, TreeBuilder builder)
        {
            Feed(text, builder);
            return builder.Root();
        }

        /// <summary>Reads every document of the stream into a builder made by <see cref="TreeBuilder.ForDocuments"/>; their roots in order.</summary>
        public static System.Collections.Generic.IReadOnlyList<Node> ReadDocuments(TextReader text, TreeBuilder builder)
        {
            Feed(text, builder);
            return builder.Documents();
        }

        private static void Feed(TextReader text, TreeBuilder builder)
        {
            var tabs = new IndentationTabs(text);
            using var parser = new PrefetchingParser(new Parser(tabs));
            while (Next(parser, builder, tabs))
            {
                switch (parser.Current)
                {
                    case DocumentStart start:
                        builder.DocumentStart(Line(start.Start), Column(start.Start));
                        break;
                    case Scalar scalar:
                        builder.Scalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Line(scalar.Start), Column(scalar.Start), AnchorOf(scalar.Anchor), TagOf(scalar.Tag));
                        break;
                    case SequenceStart sequence:
                        builder.SequenceStart(Line(sequence.Start), Column(sequence.Start), AnchorOf(sequence.Anchor), TagOf(sequence.Tag));
                        break;
                    case MappingStart mapping:
                        builder.MappingStart(Line(mapping.Start), Column(mapping.Start), AnchorOf(mapping.Anchor), TagOf(mapping.Tag));
                        break;
                    case SequenceEnd _:
                    case MappingEnd _:
                        builder.End();
                        break;
                    case AnchorAlias alias:
                        builder.Alias(alias.Value.Value, Line(alias.Start), Column(alias.Start));
                        break;
                }
            }
        }

        private static bool Next(IParser parser, TreeBuilder builder, IndentationTabs tabs)
        {
            try
            {
                return parser.MoveNext();
            }
            catch (YamlException e)
            {
                var message = "invalid YAML: " + MarkPrefix.Replace(e.Message, string.Empty);
                var end = parser.Current?.End ?? Mark.Empty;
                if (e.Message.Contains("tab") && tabs.FirstAfter(Line(end), Column(end)) is { } tab)
                {
                    // YamlDotNet gives this error no position of its own: point at the tab.
                    throw builder.Fatal(DiagnosticCodes.YamlSyntax, tab.Line, tab.Column, message + " Indent with spaces.");
                }

                throw builder.Fatal(DiagnosticCodes.YamlSyntax, Line(e.Start), Column(e.Start), message);
            }
            catch (Exception e) when (e is InvalidOperationException || e is IndexOutOfRangeException || e is NullReferenceException ||
                                       (e is ArgumentException && !(e is System.Text.DecoderFallbackException)))
            {
                // Some malformed input trips YamlDotNet's scanner without a YamlException (and without a position):
                // report it as a syntax error where the last good node ended.
                var end = parser.Current?.End ?? Mark.Empty;
                throw builder.Fatal(DiagnosticCodes.YamlSyntax, Line(end), Column(end), "invalid YAML: the parser cannot go on after this point (an unclosed bracket or quote?)");
            }
        }

        private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

        private static string? TagOf(TagName tag) => tag.IsEmpty ? null : tag.Value;

        private static int Line(Mark mark) => (int)Math.Min(int.MaxValue, Math.Max(1, mark.Line));

        private static int Column(Mark mark) => (int)Math.Min(int.MaxValue, Math.Max(1, mark.Column));
    }
}
