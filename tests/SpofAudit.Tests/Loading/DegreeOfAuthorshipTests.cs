using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Loading.History;

namespace SpofAudit.Tests.Loading
{
    /// <summary>
    /// The degree-of-authorship model as Avelino et al. apply it (ICPC 2016): the figures of each case are worked out
    /// by hand from DOA = 3.293 + 1.098 FA + 0.164 DL - 0.321 ln(1 + AC), authors at DOA >= 3.293 and >= 0.75 of the best.
    /// </summary>
    public sealed class DegreeOfAuthorshipTests
    {
        private static readonly TimeSpan Year = TimeSpan.FromDays(365);
        private const long Day = 86400;

        [Fact]
        public void The_creator_who_made_every_change_is_the_only_author()
        {
            var commits = History(("alice", 10, 'A', "ledger/a.cs"), ("alice", 9, 'M', "ledger/a.cs"), ("alice", 8, 'M', "ledger/a.cs"));

            var authorship = DegreeOfAuthorship.Measure(commits, new[] { "ledger/" }, Year);

            Assert.Equal(new[] { "alice" }, authorship.Authors.Select(a => a.Name));
            Assert.Equal((1, 3), (authorship.Files, authorship.Changes));
        }

        [Fact]
        public void One_change_among_many_of_another_makes_no_author()
        {
            // bob: 3.293 + 0.164 - 0.321 ln(1 + 5) = 2.88 < 3.293; alice: 3.293 + 1.098 + 0.164 * 5 - 0.321 ln 2 = 4.99.
            var commits = History(
                ("alice", 10, 'A', "ledger/a.cs"), ("alice", 9, 'M', "ledger/a.cs"), ("alice", 8, 'M', "ledger/a.cs"),
                ("alice", 7, 'M', "ledger/a.cs"), ("alice", 6, 'M', "ledger/a.cs"), ("bob", 5, 'M', "ledger/a.cs"));

            Assert.Equal(new[] { "alice" }, DegreeOfAuthorship.Measure(commits, new[] { "ledger/" }, Year).Authors.Select(a => a.Name));
        }

        [Fact]
        public void Two_who_share_the_work_are_both_authors()
        {
            // alice: 3.293 + 1.098 + 0.164 * 4 - 0.321 ln 5 = 4.53; bob: 3.293 + 0.164 * 4 - 0.321 ln 5 = 3.43 >= 0.75 * 4.53.
            var commits = History(
                ("alice", 10, 'A', "api/x.cs"), ("bob", 9, 'M', "api/x.cs"), ("alice", 8, 'M', "api/x.cs"), ("bob", 7, 'M', "api/x.cs"),
                ("alice", 6, 'M', "api/x.cs"), ("bob", 5, 'M', "api/x.cs"), ("alice", 4, 'M', "api/x.cs"), ("bob", 3, 'M', "api/x.cs"));

            Assert.Equal(new[] { "alice", "bob" }, DegreeOfAuthorship.Measure(commits, new[] { "api/" }, Year).Authors.Select(a => a.Name).OrderBy(n => n));
        }

        [Fact]
        public void Changes_before_the_window_do_not_count_and_deleted_files_are_gone()
        {
            // carol wrote ledger/a.cs two years ago; dave changed it this month and deleted ledger/old.cs.
            var commits = History(
                ("carol", 800, 'A', "ledger/a.cs"), ("carol", 790, 'M', "ledger/a.cs"), ("carol", 780, 'A', "ledger/old.cs"),
                ("dave", 20, 'M', "ledger/a.cs"), ("dave", 10, 'D', "ledger/old.cs"));

            var authorship = DegreeOfAuthorship.Measure(commits, new[] { "ledger/" }, Year);

            Assert.Equal(new[] { "dave" }, authorship.Authors.Select(a => a.Name));
            Assert.Equal((1, 2), (authorship.Files, authorship.Changes));
        }

        [Fact]
        public void Only_the_component_s_paths_count()
        {
            var commits = History(("alice", 10, 'A', "ledger/a.cs"), ("bob", 9, 'A', "api/b.cs"), ("bob", 8, 'A', "ledger-tools/c.cs"));

            Assert.Equal(new[] { "alice" }, DegreeOfAuthorship.Measure(commits, new[] { "ledger/" }, Year).Authors.Select(a => a.Name));
            Assert.Equal(new[] { "bob" }, DegreeOfAuthorship.Measure(commits, new[] { "api/b.cs" }, Year).Authors.Select(a => a.Name));
        }

        /// <summary>Commits newest first, each touching one file; the number is how many days before the first of 2026.</summary>
        private static IReadOnlyList<GitCommit> History(params (string Author, int DaysAgo, char Status, string Path)[] changes)
        {
            var now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
            return changes
                .OrderBy(c => c.DaysAgo)
                .Select(c => new GitCommit(c.Author, now - c.DaysAgo * Day, new[] { new GitFileChange(c.Status, c.Path) }))
                .ToArray();
        }
    }
}
