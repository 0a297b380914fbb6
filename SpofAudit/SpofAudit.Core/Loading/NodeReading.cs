using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Typed reads of tree nodes. Each returns null (and reports a <c>WrongType</c> naming <c>what</c>, what was
    /// expected and what was found) when the node is not of the expected type. Numbers, booleans and null are
    /// only recognised in plain scalars: <c>"2"</c> is a string, as YAML says.
    /// </summary>
    internal static class NodeReading
    {
        public static MappingNode? Mapping(ReadContext context, Node node, Subject what, string expected = "a mapping")
        {
            if (node is MappingNode mapping)
            {
                return mapping;
            }

            WrongType(context, node, what, expected);
            return null;
        }

        public static SequenceNode? Sequence(ReadContext context, Node node, Subject what, string expected = "a list")
        {
            if (node is SequenceNode sequence)
            {
                return sequence;
            }

            WrongType(context, node, what, expected);
            return null;
        }

        /// <summary>A non-null scalar's text.</summary>
        public static ScalarNode? Text(ReadContext context, Node node, Subject what, string expected = "a string")
        {
            if (node is ScalarNode scalar && !scalar.IsNull)
            {
                return scalar;
            }

            WrongType(context, node, what, expected);
            return null;
        }

        public static NameReference? Name(ReadContext context, Node node, Subject what)
        {
            var text = Text(context, node, what, "a name");
            return text == null ? null : context.Name(text);
        }

        /// <summary>A list of names; null entries and non-scalars are reported and skipped.</summary>
        public static IReadOnlyList<NameReference> Names(ReadContext context, Node node, Subject what)
        {
            var sequence = Sequence(context, node, what, "a list of names");
            if (sequence == null)
            {
                return Array.Empty<NameReference>();
            }

            var names = new NameReference[sequence.Items.Count];
            var count = 0;
            foreach (var item in sequence.Items)
            {
                var name = Name(context, item, what.Entry());
                if (name != null)
                {
                    names[count++] = name.Value;
                }
            }

            if (count < names.Length)
            {
                Array.Resize(ref names, count);
            }

            return names;
        }

        public static int? Integer(ReadContext context, Node node, Subject what)
        {
            if (node is ScalarNode { IsPlain: true } scalar &&
                int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            WrongType(context, node, what, "an integer");
            return null;
        }

        public static double? Number(ReadContext context, Node node, Subject what)
        {
            if (node is ScalarNode { IsPlain: true } scalar &&
                double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            WrongType(context, node, what, "a number");
            return null;
        }

        /// <summary>YAML 1.2 core booleans: true, True, TRUE, false, False, FALSE.</summary>
        public static bool? Boolean(ReadContext context, Node node, Subject what)
        {
            if (node is ScalarNode { IsPlain: true } scalar)
            {
                switch (scalar.Value)
                {
                    case "true":
                    case "True":
                    case "TRUE":
                        return true;
                    case "false":
                    case "False":
                    case "FALSE":
                        return false;
                }
            }

            WrongType(context, node, what, "true or false");
            return null;
        }

        /// <summary>One of a fixed set of words, written exactly (lower case); <c>InvalidValue</c> otherwise.</summary>
        public static T? Choice<T>(ReadContext context, Node node, Subject what, IReadOnlyList<KeyValuePair<string, T>> choices)
            where T : struct
        {
            if (node is ScalarNode scalar && !scalar.IsNull)
            {
                foreach (var choice in choices)
                {
                    if (choice.Key == scalar.Value)
                    {
                        return choice.Value;
                    }
                }
            }

            var words = choices.Select(c => c.Key).ToArray();
            var expected = "one of " + string.Join(", ", words);
            if (node is ScalarNode text && !text.IsNull)
            {
                context.Error(
                    DiagnosticCodes.InvalidValue,
                    node,
                    $"{what} must be {expected}, found {text.Describe()}",
                    NameSuggestions.DidYouMean(text.Value, words));
            }
            else
            {
                WrongType(context, node, what, expected);
            }

            return null;
        }

        private const string MergeKeySuggestion = "YAML merge keys are not supported; repeat the keys, or alias the whole value";

        /// <summary>
        /// Whether <paramref name="key"/>, a key of a mapping of names (components, regions, teams, people, tags), is a
        /// YAML merge key, a plain <c>&lt;&lt;</c>, and reports it if so. A YAML 1.1 reader would merge its value into
        /// the mapping; taking it as a name instead would read the file differently from every such tool, so it is
        /// refused with the same error as a merge key where fixed keys are expected (<see cref="UnknownKey"/>).
        /// </summary>
        public static bool RefuseMergeKey(ReadContext context, ScalarNode key, Subject where)
        {
            if (!key.IsPlain || key.Value != "<<")
            {
                return false;
            }

            context.Error(DiagnosticCodes.UnknownKey, key, $"merge key '<<' in {where}; a merge key is not a name", MergeKeySuggestion);
            return true;
        }

        /// <summary>Reports a key the schema does not know, with a "did you mean" among the known keys.</summary>
        public static void UnknownKey(ReadContext context, ScalarNode key, Subject where, IReadOnlyList<string> known)
        {
            var suggestion = key.Value == "<<"
                ? MergeKeySuggestion
                : NameSuggestions.DidYouMean(key.Value, known);
            context.Error(
                DiagnosticCodes.UnknownKey,
                key,
                $"unknown key '{key.Value}' in {where}; expected one of {string.Join(", ", known)}",
                suggestion);
        }

        public static void WrongType(ReadContext context, Node node, Subject what, string expected) =>
            context.Error(DiagnosticCodes.WrongType, node, $"{what} must be {expected}, found {node.Describe()}");

        public static KeyValuePair<string, T> Word<T>(string word, T value) => new KeyValuePair<string, T>(word, value);
    }
}
