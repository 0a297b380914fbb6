using System;
using System.IO;
using System.Linq;
using SpofAudit.Loading.CodeOwners;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Loading
{
    /// <summary>
    /// CODEOWNERS as GitHub and GitLab document it, read from their own example files (tests/corpus/codeowners,
    /// see SOURCES): each expectation is what the documentation's comment above the rule says.
    /// </summary>
    public sealed class CodeOwnersTests
    {
        private static readonly CodeOwnersFile GitHub = Published("github-docs.CODEOWNERS");
        private static readonly CodeOwnersFile GitLab = Published("gitlab-docs.CODEOWNERS");

        [Theory]
        [InlineData("README.md", "global-owner1 global-owner2")]        // '*': the default owners
        [InlineData("src/app.js", "js-owner")]                           // '*.js' comes later and wins
        [InlineData("cmd/main.go", "docs@example.com")]                  // an email address is an owner
        [InlineData("notes/todo.txt", "octo-org/octocats")]              // a team, @org/team-name
        [InlineData("build/logs/today.log", "doctocat")]                 // /build/logs/ and its subfolders
        [InlineData("build/logs/old/2024.log", "doctocat")]
        [InlineData("x/build/logs/today.log", "global-owner1 global-owner2")] // anchored at the root only
        [InlineData("docs/getting-started.md", "doctocat")]              // docs/* matches, but /docs/ comes later
        [InlineData("src/apps/readme.md", "octocat")]                    // apps/ anywhere in the repository
        [InlineData("apps/web/index.html", "octocat")]                   // /apps/ at the root
        [InlineData("apps/github/index.html", "")]                       // /apps/github has no owners
        [InlineData("build/logs/", "doctocat")]                          // the folder itself
        public void GitHub_s_example_file_owns_what_its_comments_say(string path, string owners)
        {
            Assert.Equal(owners, OwnersOf(GitHub, path));
            Assert.Empty(GitHub.Problems);
        }

        [Fact]
        public void A_children_only_pattern_does_not_own_nested_files()
        {
            // From GitHub's comment: docs/* matches docs/getting-started.md but not docs/build-app/troubleshooting.md;
            // without the later /docs/ rule, the nested file falls back to the default owners.
            var file = CodeOwnersFile.Parse("* @everyone\ndocs/* docs@example.com\n", "CODEOWNERS");

            Assert.Equal("docs@example.com", OwnersOf(file, "docs/getting-started.md"));
            Assert.Equal("everyone", OwnersOf(file, "docs/build-app/troubleshooting.md"));
        }

        [Theory]
        [InlineData("app/models/user.rb", "ruby-owner")]                         // *.rb
        [InlineData("#file_with_pound.rb", "owner-file-with-pound")]              // an escaped '#'
        [InlineData("CODEOWNERS", "multiple code owners")]
        [InlineData("LICENSE", "legal janedoe@gitlab.com")]                       // the word in between is no owner
        [InlineData("README", "group group/with-nested/subgroup")]
        [InlineData("docs/index.md", "root-docs docs")]                          // /docs/*, and the Documentation section
        [InlineData("docs/projects/index.md", "root-docs docs")]                 // /docs/**/*.md wins over /docs/*
        [InlineData("docs/projects/diagram.png", "all-docs docs")]               // /docs/ (nested), and Documentation
        [InlineData("src/lib/util.c", "lib-owner")]                               // lib/ anywhere
        [InlineData("config/app.yml", "config-owner")]
        [InlineData("x/config/app.yml", "multiple code owners")]                 // /config/ only at the root
        [InlineData("path with spaces/a.txt", "space-owner")]                    // escaped spaces
        [InlineData("README.md", "multiple code owners docs database")]          // [DOCUMENTATION] joins [Documentation]
        [InlineData("model/db/schema.sql", "multiple code owners database")]
        public void GitLab_s_example_file_owns_what_its_comments_say(string path, string owners)
        {
            Assert.Equal(owners, OwnersOf(GitLab, path));
        }

        [Fact]
        public void A_word_that_is_no_owner_is_a_located_problem_and_the_rest_of_the_line_counts()
        {
            var problem = Assert.Single(GitLab.Problems);
            Assert.Equal(29, problem.Line);
            Assert.Equal(16, problem.Column);
            Assert.Equal("'this_does_not_match' is not an owner: expected @user, @org/team or an email address", problem.Message);
        }

        [Fact]
        public void GitLab_section_defaults_give_owners_to_rules_without_their_own()
        {
            var file = CodeOwnersFile.Parse("^[Database] @database-team\nmodel/db/\n", "CODEOWNERS");

            Assert.Equal("database-team", OwnersOf(file, "model/db/backup.sql"));
        }

        [Fact]
        public void The_file_is_found_where_each_forge_looks_github_s_folder_first()
        {
            var repository = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "spof-codeowners-" + Guid.NewGuid().ToString("N")));
            try
            {
                Assert.Null(CodeOwnersFile.Find(repository.FullName));
                Directory.CreateDirectory(Path.Combine(repository.FullName, "docs"));
                File.WriteAllText(Path.Combine(repository.FullName, "docs", "CODEOWNERS"), "* @a\n");
                Assert.EndsWith(Path.Combine("docs", "CODEOWNERS"), CodeOwnersFile.Find(repository.FullName));
                Directory.CreateDirectory(Path.Combine(repository.FullName, ".github"));
                File.WriteAllText(Path.Combine(repository.FullName, ".github", "CODEOWNERS"), "* @b\n");
                Assert.EndsWith(Path.Combine(".github", "CODEOWNERS"), CodeOwnersFile.Find(repository.FullName));
            }
            finally
            {
                repository.Delete(recursive: true);
            }
        }

        private static string OwnersOf(CodeOwnersFile file, string path) =>
            string.Join(" ", file.Deciding(path).SelectMany(rule => rule.Owners));

        private static CodeOwnersFile Published(string name)
        {
            var path = Path.Combine(RepositoryFolder.Root, "tests", "corpus", "codeowners", name);
            return CodeOwnersFile.Parse(File.ReadAllText(path), path);
        }
    }
}
