using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.History
{
    /// <summary>
    /// Adds to a component whose <c>code:</c> asks for <c>history</c> the authors of its code by the degree-of-authorship
    /// model (<see cref="DegreeOfAuthorship"/>), each with the figures as evidence. What cannot be read (not a git
    /// repository, git missing or failing, no change within the window) becomes an unread part of the model, never a
    /// guess. One instance per file read, so each repository's history is read once.
    /// </summary>
    internal sealed class GitAuthorship
    {
        private readonly Dictionary<string, (IReadOnlyList<GitCommit>? Commits, InventorySource Source, string? Missing)> _repositories =
            new Dictionary<string, (IReadOnlyList<GitCommit>? Commits, InventorySource Source, string? Missing)>(StringComparer.Ordinal);

        /// <summary>
        /// Reads the history of every repository these components ask for that is not read yet, several at once (each
        /// is one git process); sources are registered in the components' order, so the model does not depend on timing.
        /// </summary>
        public void Prefetch(IEnumerable<ComponentSpec> specs, ModelBuilder builder)
        {
            var repositories = specs
                .Select(spec => spec.Code)
                .Where(code => code?.History != null && System.IO.Directory.Exists(code.Repository) && !_repositories.ContainsKey(code.Repository))
                .Select(code => code!.Repository)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var reads = new (IReadOnlyList<GitCommit>? Commits, string? Missing)[repositories.Length];
            System.Threading.Tasks.Parallel.For(
                0,
                repositories.Length,
                new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => reads[i] = ReadHistory(repositories[i]));
            for (var i = 0; i < repositories.Length; i++)
            {
                var source = InventorySource.File(repositories[i] + " (git history)");
                builder.AddSource(source);
                _repositories[repositories[i]] = (reads[i].Commits, source, reads[i].Missing);
            }
        }

        /// <summary>Adds the authors of the component's code; call <see cref="Prefetch"/> with it first.</summary>
        public void Apply(ComponentSpec spec, ModelBuilder builder)
        {
            var code = spec.Code;
            if (code?.History is not TimeSpan window)
            {
                return;
            }

            // Prefetch read every repository that exists; one it skipped is missing, which CodeOwnership has said.
            if (!_repositories.TryGetValue(code.Repository, out var read))
            {
                return;
            }

            if (read.Commits == null)
            {
                builder.AddUnread(new UnreadPart(read.Source, spec.Name, "git history", "not read", $"{spec.Name}: {read.Missing}, so who changed its code is not known"));
                return;
            }

            var authorship = DegreeOfAuthorship.Measure(read.Commits, code.Paths, window);
            var paths = string.Join(", ", code.Paths);
            var since = authorship.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (authorship.Authors.Count == 0)
            {
                builder.AddUnread(new UnreadPart(read.Source, spec.Name, "git history of " + paths, "no recent author",
                    $"{spec.Name}: nobody changed {paths} in {code.Repository} since {since} (history: {Duration.Format(window)}), so who knows its code now is not known"));
                return;
            }

            var owners = spec.Owners.ToList();
            var known = new HashSet<string>(owners.Select(o => o.Name), StringComparer.Ordinal);
            var evidence = spec.Evidence.ToList();
            foreach (var author in authorship.Authors)
            {
                var share = authorship.Changes == 0 ? 0 : (int)Math.Round(100.0 * author.Changes / authorship.Changes);
                evidence.Add(new OperatorEvidence(
                    author.Name,
                    $"author of {author.Files} of {authorship.Files} files in {paths} with {share}% of their {authorship.Changes} changes since {since} (git history, degree of authorship)",
                    code.Location,
                    "pair someone else on the next changes to that code"));
                if (known.Add(author.Name))
                {
                    var reference = new NameReference(author.Name, code.Location);
                    owners.Add(reference);
                    builder.AddEvidencedOwner(reference);
                }
            }

            spec.Owners = owners;
            spec.Evidence = evidence;
        }

        private static (IReadOnlyList<GitCommit>? Commits, string? Missing) ReadHistory(string repository)
        {
            if (!GitLog.IsRepository(repository))
            {
                return (null, $"{repository} is not a git repository (no .git in it)");
            }

            try
            {
                return (GitLog.Read(repository), null);
            }
            catch (GitLogException e)
            {
                return (null, $"the git history of {repository} could not be read: {e.Message}");
            }
        }
    }
}
