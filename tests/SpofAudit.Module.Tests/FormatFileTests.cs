using System;
using System.Linq;
using System.Xml.Linq;

namespace SpofAudit.Module.Tests
{
    /// <summary>The format file loads (well-formed, consistent tables) and names only real types.</summary>
    public sealed class FormatFileTests
    {
        private static XDocument Load() =>
            XDocument.Load(RepositoryLayout.InModule(BuiltModule.ManifestList("FormatsToProcess").Single()));

        [Fact]
        public void Is_a_well_formed_format_configuration()
        {
            Assert.Equal("Configuration", Load().Root!.Name.LocalName);
        }

        [Fact]
        public void Every_type_name_is_a_public_type_of_the_core()
        {
            var core = BuiltModule.CoreAssembly.PublicTypes.ToHashSet(StringComparer.Ordinal);
            var named = Load().Descendants("TypeName").Select(t => t.Value.Trim()).ToArray();
            Assert.NotEmpty(named);
            Assert.All(named, n => Assert.True(core.Contains(n), $"'{n}' is not a public type of SpofAudit.Core"));
        }

        [Theory]
        [InlineData("SpofAudit.Findings.Finding")]
        [InlineData("SpofAudit.Analysis.ImpactRecord")]
        [InlineData("SpofAudit.Model.SpofModel")]
        [InlineData("SpofAudit.Analysis.Availability.AvailabilityResult")]
        [InlineData("SpofAudit.Analysis.Availability.EventImportance")]
        public void Has_a_table_view_for(string typeName)
        {
            Assert.Contains(
                Load().Descendants("View"),
                v => v.Element("TableControl") != null && v.Element("ViewSelectedBy")!.Elements("TypeName").Any(t => t.Value == typeName));
        }

        [Fact]
        public void Tables_have_one_column_item_per_header()
        {
            // PowerShell refuses a whole format file when a table's rows and headers disagree.
            foreach (var table in Load().Descendants("TableControl"))
            {
                var headers = table.Element("TableHeaders")!.Elements("TableColumnHeader").Count();
                foreach (var row in table.Descendants("TableRowEntry"))
                {
                    Assert.Equal(headers, row.Element("TableColumnItems")!.Elements("TableColumnItem").Count());
                }
            }
        }

        [Fact]
        public void View_names_are_unique()
        {
            var names = Load().Descendants("View").Select(v => v.Element("Name")!.Value).ToArray();
            Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
