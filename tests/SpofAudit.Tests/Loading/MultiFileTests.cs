using System.IO;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Loading;
using SpofAudit.Testing;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>Several files merge into one model; names defined twice and unreadable files are errors.</summary>
    public class MultiFileTests
    {
        [Fact]
        public void Files_merge_into_one_model()
        {
            using var files = new TempFiles();
            var org = files.Write("org.yaml", Yaml(
                "apiVersion: spofaudit/v1",
                "regions: {eu: [eu-a, eu-b]}",
                "people: {alice: {}, bob: {}}",
                "teams: {ops: [alice, bob]}"));
            var shop = files.Write("shop.yaml", Yaml(
                "apiVersion: spofaudit/v1",
                "name: shop",
                "entrypoints: [web, api]",
                "components:",
                "  web: {instances: 2, zones: [eu-a, eu-b], dependsOn: [db], owners: [ops]}",
                "  api: {dependsOn: [db]}"));
            var data = files.Write("data.yaml", Yaml(
                "apiVersion: spofaudit/v1",
                "name: ignored",
                "entrypoints: [api, db]",
                "components:",
                "  db: {zones: [eu-b], owners: [alice]}"));

            var model = new YamlModelLoader().Load(new[] { org, shop, data });

            Assert.Equal("shop", model.Name);
            Assert.Equal(new[] { "web", "api", "db" }, model.Entrypoints);
            Assert.Equal(new[] { "web", "api", "db" }, model.Components.Select(c => c.Name));
            Assert.Equal(new[] { "eu", "eu" }, model.FindComponent("web")!.Instances.Select(i => i.Region));
            Assert.Equal("eu", model.FindComponent("db")!.Instances[0].Region);
            Assert.Equal(new[] { "alice", "bob" }, model.OwnersOf(model.FindComponent("web")!));
            Assert.Equal(new[] { org, shop, data }, model.Sources);
            Assert.Equal(data, model.FindComponent("db")!.Location.File);
        }

        [Fact]
        public void Without_a_name_the_model_is_named_after_the_first_file()
        {
            using var files = new TempFiles();
            var first = files.Write("payments.prod.yaml", Yaml("apiVersion: spofaudit/v1", "components: {a: {}}"));

            Assert.Equal("payments.prod", new YamlModelLoader().Load(new[] { first }).Name);
        }

        [Fact]
        public void A_name_defined_in_two_files_names_both_places()
        {
            using var files = new TempFiles();
            var a = files.Write("a.yaml", Yaml(
                "apiVersion: spofaudit/v1",
                "regions: {eu: [eu-a]}",
                "components:",
                "  db: {}"));
            var b = files.Write("b.yaml", Yaml(
                "apiVersion: spofaudit/v1",
                "regions: {eu: [eu-b]}",
                "people: {db: {}}"));

            var error = Assert.Throws<SpofInputException>(() => new YamlModelLoader().Load(new[] { a, b }));

            Assert.Equal(
                new[]
                {
                    $"{b}:2:11: region 'eu' is already defined at {a}:2:11",
                    $"{b}:3:10: person 'db' is already defined as a component at {a}:4:3; components, people and teams need distinct names",
                },
                error.Diagnostics.Select(d => d.ToString()));
            Assert.All(error.Diagnostics, d => Assert.Equal("DuplicateName", d.Code));
        }

        [Fact]
        public void Errors_in_several_files_are_reported_file_by_file()
        {
            using var files = new TempFiles();
            var a = files.Write("a.yaml", Yaml("apiVersion: spofaudit/v1", "components: {x: {kidn: 1}}"));
            var b = files.Write("b.yaml", Yaml("apiVersion: spofaudit/v1", "components: {y: [}"));

            var error = Assert.Throws<SpofInputException>(() => new YamlModelLoader().Load(new[] { b, a }));

            Assert.Equal(new[] { ("YamlSyntax", b), ("UnknownKey", a) }, error.Diagnostics.Select(d => (d.Code, d.Location.File)));
        }

        [Fact]
        public void Missing_files_and_directories_are_reported_by_path()
        {
            using var files = new TempFiles();
            var missing = Path.Combine(files.Root, "nope.yaml");

            var notFound = Assert.Throws<SpofInputException>(() => new YamlModelLoader().Load(new[] { missing }));
            Assert.Equal(("FileNotFound", DiagnosticCategory.ObjectNotFound), (notFound.First.Code, notFound.First.Category));
            Assert.Equal($"{missing}: file not found", notFound.First.ToString());

            var directory = Assert.Throws<SpofInputException>(() => new YamlModelLoader().Load(new[] { files.Root }));
            Assert.Equal(("ReadError", DiagnosticCategory.ReadError), (directory.First.Code, directory.First.Category));
            Assert.Contains(files.Root, directory.First.ToString());

            var none = Assert.Throws<SpofInputException>(() => new YamlModelLoader().Load(new string[0]));
            Assert.Equal(("NoInput", DiagnosticCategory.InvalidArgument), (none.First.Code, none.First.Category));
        }

        [Fact]
        public void Text_that_is_not_utf8_is_reported()
        {
            using var files = new TempFiles();
            var path = files.Write("latin1.yaml", new byte[] { (byte)'a', (byte)':', (byte)' ', 0xE9, 0xFF, (byte)'\n' });

            var error = Assert.Throws<SpofInputException>(() => new YamlModelLoader().Load(new[] { path }));

            Assert.Equal("InvalidEncoding", error.First.Code);
            Assert.Equal(path, error.First.Location.File);
        }

        [Theory]
        [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
        [InlineData(new byte[0])]
        public void Text_that_is_not_utf8_is_reported_at_the_first_bad_byte_with_or_without_a_byte_order_mark(byte[] byteOrderMark)
        {
            using var files = new TempFiles();
            var good = System.Text.Encoding.UTF8.GetBytes("apiVersion: spofaudit/v1\nname: café\ncomponents:\n  web: {kind: \"ok ");
            var bytes = byteOrderMark.Concat(good).Concat(new byte[] { 0xC3, (byte)'x', (byte)'"', (byte)'}', (byte)'\n' }).ToArray();
            var path = files.Write("bad.yaml", bytes);

            var error = Assert.Throws<SpofInputException>(() => new YamlModelLoader().Load(new[] { path }));

            Assert.Equal("InvalidEncoding", error.First.Code);
            Assert.Equal((4, 19), (error.First.Location.Line, error.First.Location.Column));
            Assert.Equal($"{path}:4:19: the file is not valid UTF-8 text: byte 0xC3 here does not start or continue a UTF-8 character", error.First.ToString());
        }

        [Fact]
        public void A_suppression_file_that_is_not_utf8_is_reported_at_the_first_bad_byte()
        {
            using var files = new TempFiles();
            var path = files.Write("accepted.yaml", new byte[] { (byte)'s', (byte)':', (byte)'\n', (byte)' ', (byte)' ', 0xFF, (byte)'\n' });

            var error = Assert.Throws<SpofInputException>(() => SpofAudit.Rendering.SuppressionFileReader.Load(path));

            Assert.Equal(("InvalidEncoding", 2, 3), (error.First.Code, error.First.Location.Line, error.First.Location.Column));
        }
    }
}
