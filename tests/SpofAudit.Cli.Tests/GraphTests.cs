using System.IO;
using System.Xml.Linq;
using SpofAudit.Testing;

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

        [Fact]
        public void Mermaid_marks_cascades_like_spofs_and_not_failovers()
        {
            var capacity = Cli.Run("graph", Examples.Path("capacity-cascade.yaml"), "--format", "mermaid").StdoutLines;
            Assert.Contains("  c1[\"web<br/>2 instances\"]", capacity);
            Assert.Contains(capacity, l => l.StartsWith("  class ", System.StringComparison.Ordinal) && l.EndsWith(" spof", System.StringComparison.Ordinal) && l.Contains("c1"));

            // orders survives its primary after a failover: not marked; invoices is a SPOF.
            var failover = Cli.Run("graph", Examples.Path("failover-and-data-loss.yaml"), "--format", "mermaid").StdoutLines;
            var spof = System.Array.Find(failover, l => l.StartsWith("  class ", System.StringComparison.Ordinal) && l.EndsWith(" spof", System.StringComparison.Ordinal))!;
            var orders = System.Array.Find(failover, l => l.Contains("[\"orders<br/>"))!.Trim().Split('[')[0];
            var invoices = System.Array.Find(failover, l => l.Contains("[\"invoices<br/>"))!.Trim().Split('[')[0];
            var marked = spof.Substring("  class ".Length, spof.Length - "  class ".Length - " spof".Length).Split(',');
            Assert.Contains(invoices, marked);
            Assert.DoesNotContain(orders, marked);
        }

        public void Dispose() => _files.Dispose();
    }
}
