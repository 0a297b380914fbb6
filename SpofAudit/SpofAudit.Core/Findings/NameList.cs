using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SpofAudit.Findings
{
    /// <summary>
    /// The names a finding lists (<see cref="Finding.Affects"/>, <see cref="Finding.Path"/>, <see cref="Finding.Components"/>,
    /// <see cref="Finding.ResourceIds"/>): a read-only list to index and enumerate, whose <see cref="ToString"/> joins the
    /// names with <see cref="Separator"/>. PowerShell's Export-Csv and ConvertTo-Csv write a property's ToString, so a CSV
    /// cell reads "lb, app, db" instead of "System.String[]"; ConvertTo-Json and System.Text.Json still write an array.
    /// </summary>
    public sealed class NameList : ReadOnlyCollection<string>
    {
        /// <summary>What <see cref="ToString"/> puts between two names: a comma and a space.</summary>
        public const string Separator = ", ";

        /// <summary>The list with no names.</summary>
        public static readonly NameList Empty = new NameList(new string[0]);

        private NameList(IList<string> names)
            : base(names)
        {
        }

        /// <summary>
        /// The names as a NameList: the same instance when they already are one, and an array is wrapped, not copied
        /// (the analysis builds one per finding and never changes it; a region finding's may hold tens of thousands).
        /// </summary>
        public static NameList Of(IEnumerable<string>? names) => names switch
        {
            NameList list => list,
            null => Empty,
            string[] { Length: 0 } => Empty,
            string[] array => new NameList(array),
            _ => new NameList(names.ToArray()),
        };

        /// <summary>The names joined with <see cref="Separator"/>; empty when there is none.</summary>
        public override string ToString() => string.Join(Separator, this);
    }
}
