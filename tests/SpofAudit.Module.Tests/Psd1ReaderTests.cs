using System;
using System.Collections.Generic;

namespace SpofAudit.Module.Tests
{
    /// <summary>The manifest reader must read what PowerShell reads, and refuse what it cannot vouch for.</summary>
    public sealed class Psd1ReaderTests
    {
        [Fact]
        public void Reads_strings_arrays_nested_tables_and_comments()
        {
            var table = Psd1Reader.Parse(
                "# header\n@{\n  Name = 'it''s' # trailing\n  <# block\n comment #>\n  List = @(\n    'a'\n    'b', 'c'\n  )\n  Empty = @()\n  Inline = 'x', 'y'; Other = \"plain\"\n  Nested = @{ Inner = @('z') }\n}\n");

            Assert.Equal("it's", table["name"]);
            Assert.Equal(new object[] { "a", "b", "c" }, Assert.IsAssignableFrom<IReadOnlyList<object>>(table["List"]));
            Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object>>(table["Empty"]));
            Assert.Equal(new object[] { "x", "y" }, Assert.IsAssignableFrom<IReadOnlyList<object>>(table["Inline"]));
            Assert.Equal("plain", table["Other"]);
            var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object>>(table["Nested"]);
            Assert.Equal(new object[] { "z" }, Assert.IsAssignableFrom<IReadOnlyList<object>>(nested["Inner"]));
        }

        [Theory]
        [InlineData("@{ A = $true }")]
        [InlineData("@{ A = 1 }")]
        [InlineData("@{ A = \"$env:X\" }")]
        [InlineData("@{ A = 'x' B = 'y' }")]
        [InlineData("@{ A = 'x'\n a = 'y' }")]
        [InlineData("@{ A = 'unterminated }")]
        [InlineData("@{ A = @('x' 'y') }")]
        [InlineData("@{ A = 'x' } @{ }")]
        public void Refuses_what_it_cannot_vouch_for(string text)
        {
            Assert.Throws<FormatException>(() => Psd1Reader.Parse(text));
        }
    }
}
