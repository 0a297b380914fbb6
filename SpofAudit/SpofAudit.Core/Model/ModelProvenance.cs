using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Model
{
    /// <summary>
    /// What a model (or a report) was read from, as data: every source, and every part of one that could not be read.
    /// A report with unread parts speaks only for what was read; every report format says so.
    /// </summary>
    public sealed class ModelProvenance
    {
        public ModelProvenance(IReadOnlyList<InventorySource> sources, IReadOnlyList<UnreadPart>? unread = null)
        {
            Sources = sources ?? throw new ArgumentNullException(nameof(sources));
            Unread = unread ?? Array.Empty<UnreadPart>();
            foreach (var part in Unread)
            {
                // A part of a source the provenance does not list would be named by no report line.
                if (!Sources.Any(s => ReferenceEquals(s, part.Source)))
                {
                    throw new ArgumentException($"the unread part '{part.Description}' belongs to a source that is not listed: {part.Source.Description}", nameof(unread));
                }
            }
        }

        public IReadOnlyList<InventorySource> Sources { get; }

        /// <summary>The parts that could not be read, in the order the sources met them.</summary>
        public IReadOnlyList<UnreadPart> Unread { get; }

        public bool IsIncomplete => Unread.Count > 0;

        /// <summary>Provenance of nothing (findings built in code).</summary>
        public static ModelProvenance Empty { get; } = new ModelProvenance(Array.Empty<InventorySource>());

        /// <summary>Provenance of sources known only by their names (files, or a report that named its sources).</summary>
        public static ModelProvenance OfFiles(IEnumerable<string> paths) =>
            new ModelProvenance(paths.Select(InventorySource.File).ToArray());

        /// <summary>What joins a source's description to its unread parts in <see cref="LineOf"/>.</summary>
        public const string IncompleteNote = "; incomplete, not read: ";

        /// <summary>
        /// The line reports show for <paramref name="source"/>: its description, followed by what of it could not be
        /// read ("SOURCE; incomplete, not read: PART; PART"). Written from the typed parts; only a JSON report older than
        /// its <c>unread</c> key is read back from these lines.
        /// </summary>
        public string LineOf(InventorySource source)
        {
            var parts = UnreadOf(source);
            return parts.Count == 0 ? source.Description : source.Description + IncompleteNote + string.Join("; ", parts.Select(p => p.Description));
        }

        /// <summary>One <see cref="LineOf"/> per source, in order.</summary>
        public IReadOnlyList<string> SourceLines => Sources.Select(LineOf).ToArray();

        /// <summary>The <see cref="LineOf"/> of each source with unread parts: what reports list as incomplete inventory.</summary>
        public IReadOnlyList<string> IncompleteLines => SourcesWithUnread.Select(LineOf).ToArray();

        /// <summary>The unread parts of <paramref name="source"/>, in order.</summary>
        public IReadOnlyList<UnreadPart> UnreadOf(InventorySource source) => Unread.Where(u => ReferenceEquals(u.Source, source)).ToArray();

        /// <summary>The sources with at least one unread part, in order.</summary>
        public IReadOnlyList<InventorySource> SourcesWithUnread => Sources.Where(s => Unread.Any(u => ReferenceEquals(u.Source, s))).ToArray();

        /// <summary>
        /// Provenance rebuilt from <see cref="IncompleteLines"/> alone ("SOURCE; incomplete, not read: PARTS"), as a JSON
        /// report older than its <c>unread</c> key or a finding that went through PowerShell's serializer keeps them:
        /// each line one file source with one unread part.
        /// </summary>
        public static ModelProvenance FromIncompleteLines(IEnumerable<string> lines)
        {
            var sources = new List<InventorySource>();
            var parts = new List<UnreadPart>();
            foreach (var line in lines)
            {
                var at = line.IndexOf(IncompleteNote, StringComparison.Ordinal);
                var source = InventorySource.File(at < 0 ? line : line.Substring(0, at));
                sources.Add(source);
                parts.Add(new UnreadPart(source, string.Empty, string.Empty, string.Empty, at < 0 ? "(not named)" : line.Substring(at + IncompleteNote.Length)));
            }

            return new ModelProvenance(sources, parts);
        }

        /// <summary>
        /// One provenance naming every source and unread part of <paramref name="provenances"/> once (sources of the same
        /// kind and description are one: findings that went through PowerShell's serializer each carry their own copy),
        /// then a file source for each of <paramref name="files"/> that no source is described as.
        /// </summary>
        public static ModelProvenance Merge(IEnumerable<ModelProvenance> provenances, IEnumerable<string> files)
        {
            var sources = new List<InventorySource>();
            var unread = new List<UnreadPart>();
            foreach (var provenance in provenances.Distinct())
            {
                foreach (var source in provenance.Sources)
                {
                    var kept = sources.FirstOrDefault(s => s.Kind == source.Kind && s.Description == source.Description);
                    if (kept == null)
                    {
                        sources.Add(kept = source);
                    }

                    foreach (var part in provenance.UnreadOf(source))
                    {
                        if (!unread.Any(u => ReferenceEquals(u.Source, kept) && u.Description == part.Description))
                        {
                            unread.Add(ReferenceEquals(kept, source) ? part : new UnreadPart(kept, part.Scope, part.Part, part.Reason, part.Description, part.Code));
                        }
                    }
                }
            }

            foreach (var file in files)
            {
                if (!sources.Any(s => s.Description == file))
                {
                    sources.Add(InventorySource.File(file));
                }
            }

            return new ModelProvenance(sources, unread);
        }

        /// <summary>The <see cref="SourceLines"/> joined with " | ": what a CSV cell or a table shows of a provenance.</summary>
        public override string ToString() => string.Join(" | ", SourceLines);
    }
}
