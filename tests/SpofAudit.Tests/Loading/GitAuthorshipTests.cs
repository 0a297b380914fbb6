using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>
    /// <c>code: {..., history: 365d}</c> reads the repository's git history with the git command and adds the authors
    /// of the component's code (degree of authorship) as owners with evidence; what cannot be read is an incomplete
    /// entry, never a guess.
    /// </summary>
    public sealed class GitAuthorshipTests : IDisposable
    {
        private readonly DirectoryInfo _repository = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "spof-git-" + Guid.NewGuid().ToString("N")));

        [Fact]
        public void The_sole_recent_author_of_the_ledger_is_its_personnel_dependency_with_the_figures()
        {
            Git("init", "--quiet");
            Commit("alice", 10, "services/api/handlers.cs");
            Commit("bob", 40, "services/api/handlers.cs");
            Commit("alice", 70, "services/api/handlers.cs");
            Commit("bob", 100, "services/api/handlers.cs");
            Commit("alice", 130, "services/api/handlers.cs");
            Commit("bob", 160, "services/api/handlers.cs");
            Commit("carol", 20, "services/ledger/journal.cs");
            Commit("carol", 50, "services/ledger/journal.cs");
            Commit("bob", 80, "services/ledger/journal.cs");
            Commit("carol", 110, "services/ledger/journal.cs");

            var model = Load(Yaml(
                Header.TrimEnd('\n'), "entrypoints: [api]", "components:",
                "  api:", "    instances: 2", "    dependsOn: [ledger]", $"    code: {{repo: {Quoted()}, paths: [services/api/], history: 365d}}",
                "  ledger:", "    instances: 2", $"    code: {{repo: {Quoted()}, paths: [services/ledger/], history: 365d}}"));
            var report = new SpofAnalyzer().Analyze(model);

            // alice created the API and made 3 of its 6 changes (DOA 4.44), bob the other 3 (3.34, over 0.75 of 4.44).
            Assert.Equal(new[] { "alice", "bob" }, model.FindComponent("api")!.Owners.OrderBy(o => o));
            Assert.Equal(new[] { "carol" }, model.FindComponent("ledger")!.Owners);
            var carol = Assert.Single(report.Findings, f => f.Kind == FindingKind.PersonnelDependency);
            Assert.Equal("carol", carol.Target);
            Assert.Contains("Evidence: author of 1 of 1 files in services/ledger/ with 75% of their 4 changes since ", carol.Recommendation, StringComparison.Ordinal);
            Assert.Contains("pair someone else on the next changes to that code", carol.Recommendation, StringComparison.Ordinal);
            Assert.False(model.Provenance.IsIncomplete);
        }

        [Fact]
        public void A_folder_that_is_no_git_repository_is_an_incomplete_entry()
        {
            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  app:", $"    code: {{repo: {Quoted()}, paths: [src/], history: 90d}}"));

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Contains("is not a git repository (no .git in it), so who changed its code is not known", part.Description, StringComparison.Ordinal);
        }

        [Fact]
        public void Code_nobody_changed_within_the_window_says_so()
        {
            Git("init", "--quiet");
            Commit("carol", 10, "src/old.cs");
            Commit("dave", 500, "docs/readme.md");

            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  app:", $"    code: {{repo: {Quoted()}, paths: [src/], history: 90d}}"));

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Contains("app: nobody changed src/ in ", part.Description, StringComparison.Ordinal);
            Assert.Empty(model.FindComponent("app")!.Owners);
        }

        public void Dispose()
        {
            foreach (var file in _repository.EnumerateFiles("*", SearchOption.AllDirectories))
            {
                file.Attributes = FileAttributes.Normal;
            }

            _repository.Delete(recursive: true);
        }

        private string Quoted() => "'" + _repository.FullName.Replace("'", "''") + "'";

        /// <summary>A commit by <paramref name="author"/> on day <paramref name="day"/> of 2025 that appends a line to the file.</summary>
        private void Commit(string author, int day, string file)
        {
            var path = Path.Combine(_repository.FullName, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllText(path, $"{author} {day}\n");
            Git("add", "--", file);
            var date = new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero).AddDays(day).ToString("yyyy-MM-ddTHH:mm:ssK");
            Git(new[] { "commit", "--quiet", "--no-gpg-sign", "-m", $"{file} by {author}" }, author, date);
        }

        private void Git(params string[] arguments) => Git(arguments, "setup", "2025-01-01T00:00:00Z");

        private void Git(string[] arguments, string author, string date)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = _repository.FullName, UseShellExecute = false, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var role in new[] { "AUTHOR", "COMMITTER" })
            {
                start.Environment[$"GIT_{role}_NAME"] = author;
                start.Environment[$"GIT_{role}_EMAIL"] = author + "@example.com";
                start.Environment[$"GIT_{role}_DATE"] = date;
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"git {string.Join(" ", arguments)}: {error}");
        }
    }
}
