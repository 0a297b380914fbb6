using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using SpofAudit.Loading.Tree;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Loading
{
    /// <summary>
    /// The fast reader is only a shortcut: wherever it gives a tree, that tree must be exactly the one YamlDotNet
    /// gives (values, styles, lines, columns), and it must give one for the files SpofAudit itself writes and ships.
    /// </summary>
    public class FastYamlReaderTests
    {
        [Fact]
        public void Random_yaml_is_read_as_YamlDotNet_reads_it_or_left_to_YamlDotNet()
        {
            var accepted = 0;
            const int documents = 6000;
            for (var seed = 0; seed < documents; seed++)
            {
                var text = RandomYaml.Document(new Random(seed));
                var fast = Read(text, fast: true);
                if (fast == null)
                {
                    continue;
                }

                accepted++;
                var reference = Read(text, fast: false);
                Assert.True(fast == reference, $"seed {seed}: the readers disagree on\n{text}\nfast:      {fast}\nreference: {reference}");
            }

            // The generator must exercise the shortcut, not only the fallback.
            Assert.InRange(accepted, documents / 6, documents);
        }

        [Fact]
        public void Files_SpofAudit_writes_take_the_shortcut()
        {
            var models = Enumerable.Range(0, 200).Select(seed => RandomModels.Small(seed))
                .Append(RandomModels.Large(3000, 7));
            foreach (var model in models)
            {
                var text = YamlModelWriter.Write(model);
                Assert.Equal(Read(text, fast: false), ReadFastOrExplain(text));
            }
        }

        [Fact]
        public void The_examples_take_the_shortcut()
        {
            var examples = Directory.GetFiles(Path.Combine(RepositoryFolder.Root, "examples"), "*.yaml");
            Assert.NotEmpty(examples);
            foreach (var path in examples)
            {
                var text = File.ReadAllText(path);
                Assert.Equal(Read(text, fast: false), ReadFastOrExplain(text));
            }
        }

        [Theory]
        [InlineData("a: &x 1\nb: *x\n")]
        [InlineData("a: !tag 1\n")]
        [InlineData("a: |\n  text\n")]
        [InlineData("a: plain\n  continued\n")]
        [InlineData("a: [1,\n  2]\n")]
        [InlineData("a: \"esc\\x41\"\n")]
        [InlineData("a:\tb\n")]
        [InlineData("a: 1\na: 2\n")]
        [InlineData("a: 1\n---\nb: 2\n")]
        [InlineData("a: b: c\n")]
        [InlineData("a:\n  b: 1\n c: 2\n")]
        [InlineData("- a\n- b\n")]
        [InlineData("")]
        [InlineData("# only a comment\n")]
        public void Anything_outside_the_subset_or_wrong_goes_to_YamlDotNet(string text)
        {
            Assert.Null(Read(text, fast: true));
        }

        /// <summary>The fast reader's tree as text; fails the test, naming the line, when it declines.</summary>
        private static string ReadFastOrExplain(string text)
        {
            var builder = new TreeBuilder("t.yaml", LoaderLimits.Default, new List<SpofDiagnostic>());
            try
            {
                return Dump(FastYamlReader.Read(new StringReader(text), builder));
            }
            catch (UnsupportedYamlException e)
            {
                var line = text.Split('\n')[e.Line - 1];
                throw new Xunit.Sdk.XunitException($"the fast reader declined line {e.Line}: {line}");
            }
        }

        /// <summary>The tree as text, or null when the reader declined, failed or reported anything.</summary>
        private static string? Read(string text, bool fast)
        {
            var diagnostics = new List<SpofDiagnostic>();
            var builder = new TreeBuilder("t.yaml", LoaderLimits.Default, diagnostics);
            try
            {
                var root = fast
                    ? FastYamlReader.Read(new StringReader(text), builder)
                    : ParserEventReader.Read(new StringReader(text), builder);
                return diagnostics.Count == 0 ? Dump(root) : null;
            }
            catch (UnsupportedYamlException)
            {
                return null;
            }
            catch (SpofInputException)
            {
                return null;
            }
        }

        private static string Dump(Node node)
        {
            var output = new StringBuilder();
            Dump(node, output);
            return output.ToString();
        }

        private static void Dump(Node node, StringBuilder output)
        {
            output.Append(node.Line).Append(':').Append(node.Column);
            switch (node)
            {
                case ScalarNode scalar:
                    output.Append(scalar.IsPlain ? "=" : "~").Append('<').Append(scalar.Value).Append('>');
                    break;
                case SequenceNode sequence:
                    output.Append('[');
                    foreach (var item in sequence.Items)
                    {
                        Dump(item, output);
                        output.Append(',');
                    }

                    output.Append(']');
                    break;
                case MappingNode mapping:
                    output.Append('{');
                    foreach (var entry in mapping.Entries)
                    {
                        Dump(entry.Key, output);
                        output.Append(" => ");
                        Dump(entry.Value, output);
                        output.Append(',');
                    }

                    output.Append('}');
                    break;
            }
        }


        /// <summary>
        /// YAML-like text from the constructs architecture files use, in every spacing and indentation, with a few
        /// corruptions: anchors, tags, tabs, stray indicators, broken quotes and brackets, line-break characters.
        /// </summary>
        private static class RandomYaml
        {
            private static readonly string[] Keys = { "a", "name", "db-1", "zone", "us-east-1a", "x y", "k1", "'q'", "\"dq\"", "-k", "a#b", "caf\u00e9" };
            private static readonly string[] Plains = { "a", "db-1", "us-east-1a", "1", "true", "null", "~", "x y", "-1", "3.5", "http://h:80/p", "a#b", "caf\u00e9", "a'b", "a\"b", "[]", "{}", "''", "'it''s'", "\"dq\"", "' sp '", "\"\"", "\"a\\\"b\\\\c\"", "\"t\\tn\\n\\u00e9\"", "\"\\x41\\/\"", "\"\\ud83d\\ude00\"", "\ud83d\ude00" };
            private static readonly string[] Corruptions = { "\t", ":", ": ", " #", "#", "'", "\"", "[", "]", "{", "}", ",", "-", "- ", " ", "\n", "\r\n", "\r", "&a ", "*a", "!t ", "|", ">", "? ", "...", "---", "\\", "\u2028", "\u0085", "\uFEFF", "%", "@", "`", "\n  ", "\n- " };

            public static string Document(Random random)
            {
                var output = new StringBuilder();
                if (random.Next(15) == 0)
                {
                    output.Append("---\n");
                }

                Mapping(output, random, random.Next(4) == 0 ? random.Next(1, 3) : 0, 0);
                var text = output.ToString();
                for (var corruptions = random.Next(3) == 0 ? random.Next(1, 3) : 0; corruptions > 0; corruptions--)
                {
                    var at = random.Next(text.Length + 1);
                    text = text.Insert(at, Corruptions[random.Next(Corruptions.Length)]);
                }

                return random.Next(10) == 0 ? text.Replace("\n", "\r\n") : text;
            }

            private static void Mapping(StringBuilder output, Random random, int indent, int depth)
            {
                var entries = random.Next(1, 5);
                for (var i = 0; i < entries; i++)
                {
                    Noise(output, random, indent);
                    output.Append(' ', Jitter(random, indent)).Append(Keys[random.Next(Keys.Length)]).Append(random.Next(12) == 0 ? " :" : ":");
                    Value(output, random, indent, depth);
                }
            }

            private static void Sequence(StringBuilder output, Random random, int indent, int depth)
            {
                var items = random.Next(1, 4);
                for (var i = 0; i < items; i++)
                {
                    Noise(output, random, indent);
                    output.Append(' ', Jitter(random, indent)).Append('-');
                    var gap = random.Next(8) == 0 ? 3 : 1;
                    if (random.Next(3) == 0 && depth < 4)
                    {
                        // A mapping that starts on the item's line.
                        output.Append(' ', gap).Append(Keys[random.Next(Keys.Length)]).Append(':');
                        Value(output, random, indent + 1 + gap, depth + 1);
                        if (random.Next(2) == 0)
                        {
                            Mapping(output, random, indent + 1 + gap, depth + 1);
                        }
                    }
                    else
                    {
                        output.Append(' ', gap);
                        Inline(output, random, depth);
                        Comment(output, random);
                        output.Append('\n');
                    }
                }
            }

            private static void Value(StringBuilder output, Random random, int indent, int depth)
            {
                var choice = depth >= 4 ? random.Next(3) : random.Next(6);
                switch (choice)
                {
                    case 0:
                    case 1:
                        output.Append(' ', random.Next(1, 3));
                        Inline(output, random, depth);
                        Comment(output, random);
                        output.Append('\n');
                        break;
                    case 2:
                        Comment(output, random);
                        output.Append('\n');
                        break;
                    case 3:
                        Comment(output, random);
                        output.Append('\n');
                        Mapping(output, random, indent + random.Next(1, 5), depth + 1);
                        break;
                    default:
                        Comment(output, random);
                        output.Append('\n');
                        Sequence(output, random, random.Next(3) == 0 ? indent : indent + 2, depth + 1);
                        break;
                }
            }

            private static void Inline(StringBuilder output, Random random, int depth)
            {
                var choice = depth >= 3 ? 0 : random.Next(4);
                if (choice == 0 || choice == 1)
                {
                    output.Append(Plains[random.Next(Plains.Length)]);
                    return;
                }

                var isList = choice == 2;
                var spaced = random.Next(3) == 0;
                output.Append(isList ? '[' : '{');
                if (spaced)
                {
                    output.Append(' ');
                }

                var items = random.Next(0, 4);
                for (var i = 0; i < items; i++)
                {
                    if (i > 0)
                    {
                        output.Append(random.Next(6) == 0 ? "," : ", ");
                    }

                    if (!isList)
                    {
                        output.Append(Keys[random.Next(Keys.Length)]).Append(random.Next(10) == 0 ? ":" : ": ");
                    }

                    Inline(output, random, depth + 1);
                }

                if (spaced)
                {
                    output.Append(' ');
                }

                output.Append(isList ? ']' : '}');
            }

            private static void Comment(StringBuilder output, Random random)
            {
                if (random.Next(6) == 0)
                {
                    output.Append(random.Next(4) == 0 ? "#c" : "  # note: [x], 'y'");
                }
            }

            private static void Noise(StringBuilder output, Random random, int indent)
            {
                switch (random.Next(12))
                {
                    case 0:
                        output.Append('\n');
                        break;
                    case 1:
                        output.Append(' ', random.Next(0, indent + 3)).Append("# a comment line\n");
                        break;
                    case 2:
                        output.Append("   \n");
                        break;
                }
            }

            private static int Jitter(Random random, int indent) => random.Next(20) == 0 ? Math.Max(0, indent + random.Next(-1, 2)) : indent;
        }
    }
}
