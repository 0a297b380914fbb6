using System;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Tests.Loading;

namespace SpofAudit.Tests.Naming
{
    public class NameSuggestionsTests
    {
        [Fact]
        public void Distance_equals_the_full_table_on_random_names()
        {
            var random = new Random(17);
            for (var trial = 0; trial < 2000; trial++)
            {
                var a = RandomName(random);
                var b = random.Next(3) == 0 ? Mutate(a, random) : RandomName(random);
                Assert.True(Reference(a, b) == NameSuggestions.Distance(a, b), $"'{a}' vs '{b}'");
            }
        }

        [Fact]
        public void A_megabytes_long_unknown_key_costs_about_its_own_size_in_memory()
        {
            // 8 MiB: a full edit-distance table against each known key took about 2 GB.
            var unknown = new string('k', 8 << 20);
            var before = GC.GetAllocatedBytesForCurrentThread();
            Assert.Null(NameSuggestions.Closest(unknown, new[] { "dependsOn", "instances", "zones", "kind" }));
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < 64L << 20, $"{allocated:N0} bytes allocated for one suggestion");
        }

        [Fact]
        public void A_huge_unknown_key_in_a_file_is_one_error_line_with_its_location()
        {
            var yaml = LoaderAssert.Yaml("apiVersion: spofaudit/v1", "name: big", "components:", "  a:", "    " + new string('x', 1 << 20) + ": 1");
            var error = LoaderAssert.Fails(yaml);
            Assert.Equal((5, 5), (error.First.Location.Line, error.First.Location.Column));
            Assert.Null(error.First.Suggestion);
        }

        [Fact]
        public void Typos_still_get_their_suggestion()
        {
            Assert.Equal("dependsOn", NameSuggestions.Closest("dependOn", new[] { "dependsOn", "instances" }));
            Assert.Equal("instances", NameSuggestions.Closest("Instnaces", new[] { "dependsOn", "instances" }));
        }

        private static string RandomName(Random random) =>
            new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)('a' + random.Next(4))).ToArray());

        private static string Mutate(string name, Random random)
        {
            var chars = name.ToList();
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
                switch (random.Next(4))
                {
                    case 0: chars.Insert(at, (char)('a' + random.Next(4))); break;
                    case 1 when chars.Count > 0: chars.RemoveAt(at); break;
                    case 2 when chars.Count > 0: chars[at] = (char)('a' + random.Next(4)); break;
                    case 3 when at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                }
            }

            return new string(chars.ToArray());
        }

        /// <summary>The textbook optimal-string-alignment table, kept whole.</summary>
        private static int Reference(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                    }
                }
            }

            return d[a.Length, b.Length];
        }
    }
}
