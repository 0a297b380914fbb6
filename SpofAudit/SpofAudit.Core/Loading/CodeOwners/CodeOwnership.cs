using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.CodeOwners
{
    /// <summary>
    /// Adds to a component with <c>code:</c> the owners its repository's CODEOWNERS gives its paths, each with the rule
    /// as evidence. What cannot be read (no repository, no CODEOWNERS, a line that names no owner, a path no rule
    /// gives an owner) becomes an unread part of the model, so reports say the owners are incomplete; never a guess.
    /// One instance per file read, so a repository named by several components is read once.
    /// </summary>
    internal sealed class CodeOwnership
    {
        // Per repository: its CODEOWNERS (null when none could be read) and the source its unread parts belong to.
        private const long MaxBytes = 3L * 1024 * 1024;

        private readonly Dictionary<string, (CodeOwnersFile? File, InventorySource Source, string? Missing, bool RepositoryExists)> _repositories =
            new Dictionary<string, (CodeOwnersFile? File, InventorySource Source, string? Missing, bool RepositoryExists)>(StringComparer.Ordinal);

        public void Apply(ComponentSpec spec, ModelBuilder builder)
        {
            var code = spec.Code;
            if (code == null)
            {
                return;
            }

            var (file, source, _, _) = Read(code, spec.Name, builder);
            if (file == null)
            {
                return;
            }

            var owners = spec.Owners.ToList();
            var known = new HashSet<string>(owners.Select(o => o.Name), StringComparer.Ordinal);
            var evidence = spec.Evidence.ToList();
            foreach (var path in code.Paths)
            {
                var deciding = file.Deciding(path);
                if (deciding.All(rule => rule.Owners.Count == 0))
                {
                    builder.AddUnread(new UnreadPart(source, spec.Name, "code owners of " + path, "no owner",
                        $"{spec.Name}: no rule of {file.Path} names an owner of {path}, so who can operate that code is not known"));
                    continue;
                }

                foreach (var rule in deciding)
                {
                    var at = new SourceLocation(file.Path, rule.Line, 1);
                    foreach (var owner in rule.Owners)
                    {
                        evidence.Add(new OperatorEvidence(owner, $"CODEOWNER of {path} (rule {rule.Pattern.Text})", at, "name a second code owner in that rule"));
                        if (known.Add(owner))
                        {
                            owners.Add(new NameReference(owner, at));
                            builder.AddEvidencedOwner(new NameReference(owner, at));
                        }
                    }
                }
            }

            spec.Owners = owners;
            spec.Evidence = evidence;
        }

        /// <summary>The repository's CODEOWNERS, read once; null, with an unread part, when there is none to read.</summary>
        private (CodeOwnersFile? File, InventorySource Source, string? Missing, bool RepositoryExists) Read(CodeLocation code, string component, ModelBuilder builder)
        {
            if (!_repositories.TryGetValue(code.Repository, out var read))
            {
                read = ReadRepository(code, builder);
                _repositories[code.Repository] = read;
            }

            // Without CODEOWNERS, git history (history:) may still say who knows the code; a missing repository is said here once.
            if (read.Missing != null && (code.History == null || !read.RepositoryExists))
            {
                builder.AddUnread(new UnreadPart(read.Source, component, "code owners", "not read", $"{component}: {read.Missing}, so who owns its code is not known"));
            }

            return read;
        }

        private static (CodeOwnersFile? File, InventorySource Source, string? Missing, bool RepositoryExists) ReadRepository(CodeLocation code, ModelBuilder builder)
        {
            var exists = Directory.Exists(code.Repository);
            var path = exists ? CodeOwnersFile.Find(code.Repository) : null;
            var source = InventorySource.File(path ?? code.Repository);
            builder.AddSource(source);
            if (path == null)
            {
                return (null, source, exists
                    ? $"{code.Repository} has no CODEOWNERS (looked in {string.Join(", ", CodeOwnersFile.Locations)})"
                    : $"the code repository {code.Repository} named at {code.Location} does not exist", exists);
            }

            if (new FileInfo(path).Length > MaxBytes)
            {
                // GitHub ignores a CODEOWNERS file over 3 MB; so does SpofAudit, saying so.
                return (null, source, $"{path} is over 3 MB, the most GitHub reads, and was not read", true);
            }

            var file = CodeOwnersFile.Parse(File.ReadAllText(path), path);
            foreach (var problem in file.Problems)
            {
                builder.AddUnread(new UnreadPart(source, path, $"line {problem.Line}", "not an owner",
                    $"{path}:{problem.Line}:{problem.Column}: {problem.Message}; the rest of the line is read"));
            }

            return (file, source, null, true);
        }
    }
}
