using System;
using System.IO;
using System.Linq;
using SpofAudit.Export;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Export
{
    /// <summary>
    /// The one writer of report files both faces use: the previous report survives any failure, nothing is left
    /// half-written, and a symbolic link at the target is refused rather than written through.
    /// </summary>
    public sealed class ReportFileWriterTests : IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void A_new_file_holds_the_whole_text_as_UTF8_without_a_byte_order_mark()
        {
            var path = _files.Path("new.json");
            ReportFileWriter.Write(path, w => w.Write("{\"é\": 1}"));

            Assert.Equal(new byte[] { (byte)'{', (byte)'"', 0xC3, 0xA9 }, File.ReadAllBytes(path).Take(4));
            Assert.Equal(new[] { "new.json" }, Entries());
        }

        [Fact]
        public void A_failure_while_writing_leaves_the_previous_report_and_no_temporary_file()
        {
            var path = _files.Write("report.json", "previous report");

            var failure = Assert.Throws<InvalidOperationException>(() => ReportFileWriter.Write(path, w =>
            {
                w.Write(new string('x', 1 << 20));
                w.Flush();
                throw new InvalidOperationException("renderer failed half-way");
            }));

            Assert.Equal("renderer failed half-way", failure.Message);
            Assert.Equal("previous report", File.ReadAllText(path));
            Assert.Equal(new[] { "report.json" }, Entries());
        }

        [Fact]
        public void An_existing_report_is_replaced_whole()
        {
            var path = _files.Write("report.json", new string('o', 100_000));
            ReportFileWriter.Write(path, w => w.Write("new"));

            Assert.Equal("new", File.ReadAllText(path));
            Assert.Equal(new[] { "report.json" }, Entries());
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void A_symbolic_link_at_the_target_is_refused_and_what_it_points_at_is_untouched(bool targetExists)
        {
            var victim = _files.Path("victim.txt");
            if (targetExists)
            {
                File.WriteAllText(victim, "not a report");
            }

            var link = _files.Path("report.json");
            File.CreateSymbolicLink(link, victim);

            var error = Assert.Throws<IOException>(() => ReportFileWriter.Write(link, w => w.Write("report")));

            Assert.Contains("is a symbolic link", error.Message);
            Assert.Equal(targetExists, File.Exists(victim));
            if (targetExists)
            {
                Assert.Equal("not a report", File.ReadAllText(victim));
            }

            Assert.Equal(victim, new FileInfo(link).LinkTarget);
        }

        [Fact]
        public void A_read_only_report_is_replaced_only_when_asked_and_stays_read_only()
        {
            var path = _files.Write("locked.json", "old");
            File.SetAttributes(path, FileAttributes.ReadOnly);

            Assert.Throws<UnauthorizedAccessException>(() => ReportFileWriter.Write(path, w => w.Write("new")));
            Assert.Equal("old", File.ReadAllText(path));

            ReportFileWriter.Write(path, w => w.Write("new"), replaceReadOnly: true);
            Assert.Equal("new", File.ReadAllText(path));
            Assert.True(new FileInfo(path).IsReadOnly);
            Assert.Equal(new[] { "locked.json" }, Entries());
            File.SetAttributes(path, FileAttributes.Normal);
        }

        private string[] Entries() => Directory.GetFileSystemEntries(_files.Root).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
    }
}
