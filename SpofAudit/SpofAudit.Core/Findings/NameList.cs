using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using SpofAudit.Analysis;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The names a finding lists (<see cref="Finding.Affects"/>, <see cref="Finding.Path"/>, <see cref="Finding.Components"/>,
    /// <see cref="Finding.ResourceIds"/>): a read-only list to index and enumerate, whose <see cref="ToString"/> joins the
    /// names with <see cref="Separator"/>. PowerShell's Export-Csv and ConvertTo-Csv write a property's ToString, so a CSV
    /// cell reads "lb, app, db" instead of "System.String[]"; ConvertTo-Json and System.Text.Json still write an array.
    /// A list may stand for more names than it holds (<see cref="Total"/>): a finding's affected entrypoints and hit
    /// components are kept whole up to 64 names, beyond that their first 10 (docs/design.md §4), and its text ends
    /// "and N more".
    /// </summary>
    public sealed class NameList : ReadOnlyCollection<string>
    {
        /// <summary>What <see cref="ToString"/> puts between two names: a comma and a space.</summary>
        public const string Separator = ", ";

        /// <summary>The list with no names.</summary>
        public static readonly NameList Empty = new NameList(new string[0], 0);

        private NameList(IList<string> names, int total)
            : base(names)
        {
            Total = total;
        }

        /// <summary>How many names the list stands for: its <see cref="ReadOnlyCollection{T}.Count"/>, or more when the rest were left out.</summary>
        public int Total { get; }

        /// <summary>How many names were left out: <see cref="Total"/> less those the list holds.</summary>
        public int Omitted => Total - Count;

        /// <summary>
        /// The names as a NameList: the same instance when they already are one, and an array is wrapped, not copied
        /// (the analysis builds one per finding and never changes it; a region finding's may hold tens of thousands).
        /// </summary>
        public static NameList Of(IEnumerable<string>? names) => names switch
        {
            NameList list => list,
            null => Empty,
            string[] { Length: 0 } => Empty,
            string[] array => new NameList(array, array.Length),
            _ => Of(names.ToArray()),
        };

        /// <summary>
        /// The first names of a list of <paramref name="total"/> (at least as many as given), bounded like a path: a list
        /// that stands for up to 64 names is kept whole, a longer one keeps its first 10 and its total. A NameList keeps
        /// its own total when none is given.
        /// </summary>
        public static NameList Bounded(IEnumerable<string>? names, int? total = null)
        {
            var list = Of(names);
            var count = Math.Max(total ?? list.Total, list.Count);
            var kept = PathBound.KeptOfList(count);
            if (count == list.Total && kept >= list.Count)
            {
                return list;
            }

            var first = new string[Math.Min(kept, list.Count)];
            for (var i = 0; i < first.Length; i++)
            {
                first[i] = list[i];
            }

            return new NameList(first, count);
        }

        /// <summary>The names joined with <paramref name="separator"/>, then " and N more" when some were left out.</summary>
        public string Join(string separator) =>
            Omitted > 0 ? string.Join(separator, this) + More(Omitted) : string.Join(separator, this);

        /// <summary>
        /// For a column of <paramref name="width"/> characters: a list that left names out shows as many of its first
        /// names as fit beside " and N more" (at least one), so the count is not what the column cuts; a whole list is
        /// its <see cref="ToString"/>, cut by the column as any other cell.
        /// </summary>
        public string Abbreviated(int width)
        {
            if (Omitted == 0)
            {
                return ToString();
            }

            var shown = 1;
            var text = this[0];
            while (shown < Count && (text + Separator + this[shown] + More(Total - shown - 1)).Length <= width)
            {
                text += Separator + this[shown++];
            }

            return text + More(Total - shown);
        }

        private static string More(int omitted) => $" and {omitted} more";

        /// <summary>The names joined with <see cref="Separator"/> (and " and N more"); empty when there is none.</summary>
        public override string ToString() => Join(Separator);
    }
}
