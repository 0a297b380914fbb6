using System;
using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Loading
{
    /// <summary>
    /// A model's source line that says part of the inventory could not be read (a call denied, a subscription
    /// without access): "SOURCE; incomplete, not read: WHAT". Sources write it; the reports repeat such lines, so a
    /// reader of any report knows which parts its findings cannot speak for.
    /// </summary>
    public static class IncompleteSources
    {
        public const string Marker = "; incomplete, not read: ";

        /// <summary>The source line of <paramref name="source"/>, marked incomplete when anything was left unread.</summary>
        public static string Describe(string source, IEnumerable<string> unread)
        {
            var parts = unread.ToArray();
            return parts.Length == 0 ? source : source + Marker + string.Join("; ", parts);
        }

        /// <summary>The source lines that are marked incomplete, in their order.</summary>
        public static IReadOnlyList<string> Of(IEnumerable<string> sources) =>
            sources.Where(s => s.IndexOf(Marker, StringComparison.Ordinal) >= 0).ToArray();
    }
}
