using System.Text.Json;
using SpofAudit.Rendering;

namespace SpofAudit.Cli.Tests.Rendering
{
    public class JsonEscaperTests
    {
        [Theory]
        [InlineData("plain", "\"plain\"")]
        [InlineData("a\"b", "\"a\\\"b\"")]
        [InlineData("back\\slash", "\"back\\\\slash\"")]
        [InlineData("tab\tnl\ncr\rbs\bff\f", "\"tab\\tnl\\ncr\\rbs\\bff\\f\"")]
        [InlineData("\u0001\u001f", "\"\\u0001\\u001f\"")]
        [InlineData("caf\u00e9", "\"caf\\u00e9\"")]
        [InlineData("\u2028", "\"\\u2028\"")]
        [InlineData("\U0001F600", "\"\\ud83d\\ude00\"")]
        [InlineData("\u007f/</>", "\"\\u007f/</>\"")]
        public void Quote_escapes_per_rfc_8259(string input, string expected)
        {
            Assert.Equal(expected, JsonEscaper.Quote(input));
        }

        [Fact]
        public void Lone_surrogates_become_the_replacement_character()
        {
            // Built in code: a lone surrogate cannot survive in attribute metadata.
            Assert.Equal("\"a\\ufffdb\\ufffd\"", JsonEscaper.Quote("a" + (char)0xD800 + "b" + (char)0xDC00));
        }

        [Theory]
        [InlineData("")]
        [InlineData("zoë → 東京 \U0001F600 \"q\" \\ \u0000 \u001b[31m")]
        [InlineData("line1\r\nline2\u0085\u00a0")]
        public void Quoted_text_round_trips_through_a_strict_parser(string input)
        {
            var quoted = JsonEscaper.Quote(input);
            Assert.Equal(input, JsonSerializer.Deserialize<string>(quoted));
            Assert.All(quoted, c => Assert.InRange(c, (char)0x20, (char)0x7e));
        }
    }
}
