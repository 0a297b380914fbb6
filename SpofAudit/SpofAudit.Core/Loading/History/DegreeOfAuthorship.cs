using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Loading.History
{
    /// <summary>
    /// Who the authors of a component's code are, by the degree-of-authorship model (Fritz et al., "Degree-of-knowledge:
    /// modeling a developer's knowledge of code", ACM TOSEM 2014), as Avelino et al. use it to compute truck factors
    /// ("A novel approach for estimating truck factors", ICPC 2016): for a developer and a file,
    /// DOA = 3.293 + 1.098 FA + 0.164 DL - 0.321 ln(1 + AC), where FA is 1 when the developer created the file, DL the
    /// developer's changes to it and AC the changes others made to it; the file's authors are the developers whose DOA
    /// is at least 3.293 and at least 0.75 of the file's highest. Recency: only changes within the window (counted back
    /// from the repository's newest commit) count as DL and AC, so who changed the code lately is who knows it now.
    /// </summary>
    internal static class DegreeOfAuthorship
    {
        private const double Base = 3.293;
        private const double FirstAuthorship = 1.098;
        private const double Deliveries = 0.164;
        private const double Acceptances = 0.321;
        private const double NormalizedThreshold = 0.75;

        /// <summary>The authors of the files under <paramref name="paths"/> that exist at the newest commit.</summary>
        /// <param name="commits">The repository's commits, newest first.</param>
        /// <param name="paths">The component's paths (a folder ends in <c>/</c>).</param>
        /// <param name="window">How far back from the newest commit changes count.</param>
        public static CodeAuthorship Measure(IReadOnlyList<GitCommit> commits, IReadOnlyList<string> paths, TimeSpan window)
        {
            var newest = commits.Count == 0 ? 0 : commits.Max(c => c.UnixTime);
            var since = newest - (long)window.TotalSeconds;
            var files = new Dictionary<string, FileHistory>(StringComparer.Ordinal);
            var changesInWindow = new Dictionary<string, int>(StringComparer.Ordinal);
            var totalInWindow = 0;
            foreach (var commit in commits)
            {
                var touchesPaths = false;
                foreach (var change in commit.Files)
                {
                    if (!Under(change.Path, paths))
                    {
                        continue;
                    }

                    touchesPaths = true;
                    if (!files.TryGetValue(change.Path, out var file))
                    {
                        // Newest first: the first status seen is the file's last; a file last deleted is gone.
                        file = new FileHistory(exists: change.Status != 'D');
                        files.Add(change.Path, file);
                    }

                    if (change.Status == 'A')
                    {
                        // Older adds overwrite newer ones: the creator is the author of the oldest add.
                        file.Creator = commit.Author;
                    }

                    if (commit.UnixTime >= since)
                    {
                        file.Changes.Add(commit.Author);
                    }
                }

                if (touchesPaths && commit.UnixTime >= since)
                {
                    totalInWindow++;
                    changesInWindow[commit.Author] = changesInWindow.TryGetValue(commit.Author, out var n) ? n + 1 : 1;
                }
            }

            var authored = new Dictionary<string, int>(StringComparer.Ordinal);
            var existing = files.Where(f => f.Value.Exists).ToArray();
            foreach (var pair in existing)
            {
                foreach (var author in AuthorsOf(pair.Value))
                {
                    authored[author] = authored.TryGetValue(author, out var n) ? n + 1 : 1;
                }
            }

            var authors = authored
                .Select(a => new CodeAuthor(a.Key, a.Value, changesInWindow.TryGetValue(a.Key, out var c) ? c : 0))
                .OrderByDescending(a => a.Files).ThenByDescending(a => a.Changes).ThenBy(a => a.Name, StringComparer.Ordinal)
                .ToArray();
            return new CodeAuthorship(authors, existing.Length, totalInWindow, DateTimeOffset.FromUnixTimeSeconds(since));
        }

        /// <summary>The file's authors: DOA of at least 3.293 and of at least 0.75 of the file's highest.</summary>
        private static IEnumerable<string> AuthorsOf(FileHistory file)
        {
            var developers = new HashSet<string>(file.Changes, StringComparer.Ordinal);
            if (developers.Count == 0)
            {
                return Array.Empty<string>();
            }

            var doa = developers.ToDictionary(d => d, d => Doa(file, d), StringComparer.Ordinal);
            var highest = doa.Values.Max();
            return doa.Where(d => d.Value >= Base && d.Value >= NormalizedThreshold * highest).Select(d => d.Key);
        }

        private static double Doa(FileHistory file, string developer)
        {
            var deliveries = file.Changes.Count(a => a == developer);
            var acceptances = file.Changes.Count - deliveries;
            var first = file.Creator == developer ? 1 : 0;
            return Base + FirstAuthorship * first + Deliveries * deliveries - Acceptances * Math.Log(1 + acceptances);
        }

        /// <summary>Whether a repository path is one of the component's paths or inside one of its folders.</summary>
        private static bool Under(string path, IReadOnlyList<string> paths)
        {
            foreach (var prefix in paths)
            {
                var trimmed = prefix.Trim('/');
                if (trimmed.Length == 0 || path == trimmed || path.StartsWith(trimmed + "/", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private sealed class FileHistory
        {
            public FileHistory(bool exists)
            {
                Exists = exists;
            }

            public bool Exists { get; }
            public string? Creator { get; set; }

            /// <summary>The author of each change within the window.</summary>
            public List<string> Changes { get; } = new List<string>();
        }
    }
}
