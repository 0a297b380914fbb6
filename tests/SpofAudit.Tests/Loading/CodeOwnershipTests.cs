using System;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;
using static SpofAudit.Tests.Loading.LoaderAssert;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Loading
{
    /// <summary>
    /// A component's <c>code:</c> brings in its repository's CODEOWNERS as owners with evidence (issue 15, the first
    /// evidence source); what cannot be read is an incomplete entry, never a guess and never an abort.
    /// </summary>
    public sealed class CodeOwnershipTests : IDisposable
    {
        private readonly DirectoryInfo _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "spof-code-" + Guid.NewGuid().ToString("N")));

        [Fact]
        public void The_personnel_example_names_the_sole_code_owner_and_the_rule_behind_it()
        {
            var file = Path.Combine(RepositoryFolder.Root, "examples", "personnel", "payments.yaml");
            var model = new YamlModelLoader().Load(new[] { file });
            var report = new SpofAnalyzer().Analyze(model);

            // The API's code belongs to a team of two; the ledger's to carol alone (payments-repo/.github/CODEOWNERS:8).
            Assert.Equal(new[] { "acme/payments-team" }, model.FindComponent("api")!.Owners);
            var carol = Assert.Single(report.Findings, f => f.Kind == FindingKind.PersonnelDependency);
            Assert.Equal("carol", carol.Target);
            Assert.Equal(new[] { "ledger" }, carol.Components);
            Assert.Contains("Evidence: CODEOWNER of services/ledger/ (rule /services/ledger/) at ", carol.Recommendation, StringComparison.Ordinal);
            Assert.Contains(Path.Combine("payments-repo", ".github", "CODEOWNERS") + ":8:1", carol.Recommendation, StringComparison.Ordinal);
            Assert.False(model.Provenance.IsIncomplete);
        }

        [Fact]
        public void Declared_owners_and_code_owners_are_both_operators()
        {
            Repository("CODEOWNERS", "/src/ @dave\n");
            var model = Load(Yaml(Header.TrimEnd('\n'), "people: {erin: {}}", "components:", "  app:", "    owners: [erin]", $"    code: {{repo: {Quoted(_folder.FullName)}, paths: [src/]}}"));

            // Two people can run app: no personnel finding. dave need not be declared: the evidence names him.
            Assert.Equal(new[] { "erin", "dave" }, model.FindComponent("app")!.Owners);
            Assert.DoesNotContain(new SpofAnalyzer().Analyze(model).Findings, f => f.Kind == FindingKind.PersonnelDependency);
        }

        [Fact]
        public void A_repository_that_does_not_exist_is_an_incomplete_entry_and_the_audit_goes_on()
        {
            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  app:", "    code: {repo: no-such-repo, paths: [src/]}"));

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Contains("app: the code repository no-such-repo named at arch.yaml:4:11 does not exist, so who owns its code is not known", part.Description, StringComparison.Ordinal);
            Assert.Empty(model.FindComponent("app")!.Owners);
        }

        [Fact]
        public void A_repository_without_CODEOWNERS_says_where_it_looked()
        {
            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  app:", $"    code: {{repo: {Quoted(_folder.FullName)}, paths: [src/]}}"));

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Contains("has no CODEOWNERS (looked in .github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS, .gitlab/CODEOWNERS, .bitbucket/CODEOWNERS)", part.Description, StringComparison.Ordinal);
        }

        [Fact]
        public void Code_no_rule_gives_an_owner_is_said_not_to_have_a_known_operator()
        {
            Repository(".github/CODEOWNERS", "/docs/ @writer\n/src/vendor/\n");
            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  app:", $"    code: {{repo: {Quoted(_folder.FullName)}, paths: [src/vendor/, tools/]}}"));

            Assert.Equal(
                new[] { "code owners of src/vendor/", "code owners of tools/" },
                model.Provenance.Unread.Select(u => u.Part).ToArray());
            Assert.All(model.Provenance.Unread, u => Assert.Contains("names an owner of", u.Description, StringComparison.Ordinal));
        }

        [Fact]
        public void A_CODEOWNERS_word_that_is_no_owner_is_located_and_the_rest_of_its_line_counts()
        {
            var codeowners = Repository("CODEOWNERS", "# owners\n/src/ @dave not-an-owner\n");
            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  app:", $"    code: {{repo: {Quoted(_folder.FullName)}, paths: [src/]}}"));

            Assert.Equal(new[] { "dave" }, model.FindComponent("app")!.Owners);
            var part = Assert.Single(model.Provenance.Unread);
            Assert.StartsWith($"{codeowners}:2:13: 'not-an-owner' is not an owner", part.Description, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("    code: {repo: x}", "UnknownKey", 4, 11, "is missing required key 'paths'")]
        [InlineData("    code: {repo: x, paths: []}", "InvalidValue", 4, 28, "must name at least one path")]
        [InlineData("    code: {repo: x, paths: [a], branch: main}", "UnknownKey", 4, 33, "unknown key 'branch'")]
        [InlineData("    code: ./repo", "WrongType", 4, 11, "must be a mapping with 'repo'")]
        public void A_malformed_code_key_is_one_located_error(string line, string code, int row, int column, string message)
        {
            var error = Fails(Yaml(Header.TrimEnd('\n'), "components:", "  app:", line));

            var first = error.First;
            Assert.Contains(message, first.Message, StringComparison.Ordinal);
            Assert.Equal((row, column), (first.Location.Line, first.Location.Column));
            if (code != "UnknownKey")
            {
                Assert.Equal(code, first.Code);
            }
        }

        [Fact]
        public void A_written_model_reads_back_with_the_same_code_owners()
        {
            Repository("CODEOWNERS", "/src/ @dave\n");
            var model = Load(Yaml(Header.TrimEnd('\n'), "components:", "  app:", $"    code: {{repo: {Quoted(_folder.FullName)}, paths: [src/]}}"));

            var written = YamlModelWriter.Write(model);
            var again = new YamlModelLoader().LoadText(written, Path.Combine(Path.GetTempPath(), "elsewhere", "written.yaml"));

            Assert.Equal(new[] { "dave" }, again.FindComponent("app")!.Owners);
            Assert.Single(again.FindComponent("app")!.Evidence);
        }

        public void Dispose() => _folder.Delete(recursive: true);

        private string Repository(string relative, string codeowners)
        {
            var path = Path.Combine(_folder.FullName, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, codeowners);
            return path;
        }

        private static string Quoted(string path) => "'" + path.Replace("'", "''") + "'";
    }
}
