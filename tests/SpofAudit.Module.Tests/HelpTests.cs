using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SpofAudit.Module.Tests
{
    /// <summary>Get-Help has something real to say about every exported cmdlet and every parameter.</summary>
    public sealed class HelpTests
    {
        private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
        private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
        private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

        // Added by the engine for SupportsShouldProcess; documented like any parameter.
        private static readonly string[] ShouldProcessParameters = { "WhatIf", "Confirm" };

        public static TheoryData<string> ExportedCmdlets() => new TheoryData<string>(BuiltModule.ExportedCmdlets);

        private static XElement CommandHelp(string name)
        {
            var help = XDocument.Load(RepositoryLayout.InModule(Path.Combine("en-US", RepositoryLayout.HelpFileName)));
            var entries = help.Root!.Elements(Command + "command")
                .Where(c => c.Element(Command + "details")?.Element(Command + "name")?.Value.Trim() == name).ToArray();
            Assert.True(entries.Length == 1, $"expected one help entry for {name}, found {entries.Length}");
            return entries[0];
        }

        [Theory]
        [MemberData(nameof(ExportedCmdlets))]
        public void Has_a_synopsis_a_description_and_examples(string cmdlet)
        {
            var help = CommandHelp(cmdlet);
            Assert.False(string.IsNullOrWhiteSpace(help.Element(Command + "details")!.Element(Maml + "description")?.Value), "synopsis");
            Assert.False(string.IsNullOrWhiteSpace(help.Element(Maml + "description")?.Value), "description");
            var examples = help.Element(Command + "examples")?.Elements(Command + "example").ToArray() ?? Array.Empty<XElement>();
            Assert.True(examples.Length >= 2, $"{cmdlet} has {examples.Length} examples; at least two are expected");
            Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(e.Element(Dev + "code")?.Value)));
        }

        [Theory]
        [MemberData(nameof(ExportedCmdlets))]
        public void Documents_exactly_the_parameters_the_cmdlet_has(string cmdlet)
        {
            var definition = BuiltModule.CmdletAssembly.Cmdlets.SingleOrDefault(c => c.Name == cmdlet);
            Assert.True(definition != null, $"the manifest exports {cmdlet}, which the assembly does not define");
            var documented = CommandHelp(cmdlet).Element(Command + "parameters")!.Elements(Command + "parameter")
                .ToDictionary(p => p.Element(Maml + "name")!.Value.Trim(), p => p.Element(Maml + "description")?.Value ?? string.Empty);

            foreach (var parameter in definition.Parameters)
            {
                Assert.True(documented.TryGetValue(parameter, out var text) && !string.IsNullOrWhiteSpace(text), $"{cmdlet} -{parameter} is not documented");
            }

            var expected = definition.Parameters.Concat(definition.SupportsShouldProcess ? ShouldProcessParameters : Array.Empty<string>());
            var stale = documented.Keys.Except(expected, StringComparer.Ordinal).ToArray();
            Assert.True(stale.Length == 0, $"{cmdlet} help documents parameters it does not have: {string.Join(", ", stale)}");
        }

        [Fact]
        public void Ships_the_about_topic()
        {
            var about = RepositoryLayout.InModule(Path.Combine("en-US", "about_SpofAudit.help.txt"));
            Assert.Contains("about_SpofAudit", File.ReadAllText(about), StringComparison.Ordinal);
        }
    }
}
