using System;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Tests.Loading
{
    /// <summary>Loads YAML text and asserts on the diagnostics users see.</summary>
    internal static class LoaderAssert
    {
        public const string Header = "apiVersion: spofaudit/v1\n";

        /// <summary>Joins lines with '\n', so line N of the YAML is argument N.</summary>
        public static string Yaml(params string[] lines) => string.Join("\n", lines) + "\n";

        public static SpofModel Load(string yaml, string file = "arch.yaml", LoaderLimits? limits = null) =>
            new YamlModelLoader(limits).LoadText(yaml, file);

        public static SpofInputException Fails(string yaml, string file = "arch.yaml", LoaderLimits? limits = null) =>
            Assert.Throws<SpofInputException>(() => new YamlModelLoader(limits).LoadText(yaml, file));

        /// <summary>
        /// Asserts the first diagnostic: its code, line and column, that its one-line text names every culprit,
        /// and its suggestion (or that it has none).
        /// </summary>
        public static SpofDiagnostic First(
            SpofInputException error, string code, int line, int column, string[] mentions, string? suggestion = null, string file = "arch.yaml")
        {
            var first = error.First;
            var text = first.ToString();
            Assert.True(code == first.Code, $"expected {code}, got: {first.Code} {text}");
            Assert.Equal(file, first.Location.File);
            Assert.True((line, column) == (first.Location.Line, first.Location.Column), $"expected {line}:{column}, got: {text}");
            Assert.StartsWith($"{file}:{line}:{column}: ", text);
            foreach (var mention in mentions)
            {
                Assert.Contains(mention, text, StringComparison.Ordinal);
            }

            Assert.Equal(suggestion, first.Suggestion);
            if (suggestion != null)
            {
                Assert.EndsWith($" ({suggestion})", text, StringComparison.Ordinal);
            }

            return first;
        }
    }
}
