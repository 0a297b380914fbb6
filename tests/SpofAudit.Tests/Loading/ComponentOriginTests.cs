using System.Collections.Generic;
using System.IO;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;

namespace SpofAudit.Tests.Loading
{
    /// <summary>A YAML component's origin is the file position of its name, whichever YAML reader read the file.</summary>
    public class ComponentOriginTests
    {
        private const string Shortcut =
            "apiVersion: spofaudit/v1\n" +
            "components:\n" +
            "  web:\n" +
            "    dependsOn: [db]\n" +
            "  db:\n" +
            "    kind: postgres\n";

        // A block scalar is outside the fast reader's subset: this file is read by YamlDotNet.
        private const string Fallback =
            "apiVersion: spofaudit/v1\n" +
            "components:\n" +
            "  web:\n" +
            "    dependsOn: [db]\n" +
            "  db:\n" +
            "    kind: |-\n" +
            "      postgres\n";

        [Fact]
        public void The_fast_reader_takes_the_first_file_and_declines_the_second()
        {
            var builder = new TreeBuilder("t.yaml", LoaderLimits.Default, new List<SpofDiagnostic>());
            Assert.NotNull(FastYamlReader.Read(new StringReader(Shortcut), builder));
            Assert.Throws<UnsupportedYamlException>(() => FastYamlReader.Read(new StringReader(Fallback), new TreeBuilder("t.yaml", LoaderLimits.Default, new List<SpofDiagnostic>())));
        }

        [Theory]
        [InlineData(Shortcut)]
        [InlineData(Fallback)]
        public void Each_component_comes_from_its_file_line_and_column_and_names_no_resource(string yaml)
        {
            var model = new YamlModelLoader().LoadText(yaml, "arch.yaml");

            var web = model.FindComponent("web")!.Origin;
            var db = model.FindComponent("db")!.Origin;
            Assert.Equal("arch.yaml:3:3", web.File!.ToString());
            Assert.Equal("arch.yaml:5:3", db.File!.ToString());
            Assert.Empty(db.ResourceIds);
            Assert.Equal("postgres", model.FindComponent("db")!.Kind);
        }

        [Fact]
        public void The_files_are_the_model_s_typed_sources_and_nothing_is_unread()
        {
            var model = new YamlModelLoader().LoadText(Shortcut, "arch.yaml");

            var source = Assert.Single(model.Provenance.Sources);
            Assert.Equal(InventorySourceKind.File, source.Kind);
            Assert.Equal(new[] { "arch.yaml" }, source.Names);
            Assert.Null(source.Account);
            Assert.False(model.Provenance.IsIncomplete);
            Assert.Empty(model.Provenance.IncompleteLines);
            Assert.Equal(new[] { "arch.yaml" }, model.Sources);
        }

        [Fact]
        public void A_component_built_in_code_has_no_origin()
        {
            var component = SpofAudit.Testing.ModelParts.Component("c", null, new[] { SpofAudit.Testing.ModelParts.Instance("c-1", "z1", "r") });
            Assert.Null(component.Origin.File);
            Assert.Empty(component.Origin.ResourceIds);
        }
    }
}
