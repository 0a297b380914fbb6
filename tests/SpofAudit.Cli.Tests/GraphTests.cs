using System.IO;
using System.Xml.Linq;

namespace SpofAudit.Cli.Tests
{
    /// <summary><c>spofaudit graph</c>: the exporter's output reaches stdout or --output intact.</summary>
    public sealed class GraphTests : System.IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        [Theory]
        [InlineData("web-tier.yaml", "mermaid", "flowchart")]
        [InlineData("quorum-store.yaml", "mermaid", "flowchart")]
        [InlineData("web-tier.yaml", "dot", "digraph")]
        [InlineData("two-regions.yaml", "DOT", "digraph")]
        [InlineData("webshop.yaml", "openpsa", "<?xml")]
        public void Graph_writes_the_chosen_format(string example, string format, string start)
        {
            var result = Cli.Run("graph", Examples.Path(example), "--format", format);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stderr);
            Assert.StartsWith(start, result.Stdout);
        }

        [Fact]
        public void Open_psa_file_is_well_formed_utf8_xml()
        {
            var target = _files.Path("tree.xml");
            var result = Cli.Run("graph", Examples.Path("web-tier.yaml"), "--format", "openpsa", "--output", target);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Stdout);
            Assert.Contains("encoding=\"utf-8\"", File.ReadAllText(target));
            Assert.Equal("opsa-mef", XDocument.Load(target).Root!.Name.LocalName);
        }

        [Fact]
        public void Mermaid_marks_the_web_tier_database()
        {
            var stdout = Cli.Run("graph", Examples.Path("web-tier.yaml"), "--format", "mermaid").Stdout;
            Assert.Contains("db", stdout);
            Assert.Contains("spof", stdout);
        }

        public void Dispose() => _files.Dispose();
    }
}
