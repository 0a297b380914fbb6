using System.Globalization;
using SpofAudit.Analysis;
using SpofAudit.Analysis.DoubleFaults;

namespace SpofAudit.Findings
{
    /// <summary>
    /// What a double fault's events are called in its target and advice: an instance, zone, region or domain by its
    /// name; a group of several interchangeable instances "any of web's 3 instances" (with its places when web has
    /// other groups); a group paired with itself "any 2 of web's 3 instances".
    /// </summary>
    internal static class DoubleFaultNames
    {
        /// <summary>
        /// The two events, named in ordinal order, so the finding's target "db-1 + db-2" does not depend on numbering. A
        /// group of several instances is "any of web's 3 instances" (with its places when web has other groups), and
        /// paired with itself "any 2 of web's 3 instances".
        /// </summary>
        public static FailurePair PairOf(InstanceEventCatalog events, long pair)
        {
            var (first, second) = ByName(events, pair);
            var twoOf = first == second ? GroupName(events, first, "any 2 of ") : null;
            return new FailurePair(
                DisplayName(events, first), events.KindOf(first), events.InstancesOf(first),
                DisplayName(events, second), events.KindOf(second), events.InstancesOf(second), twoOf);
        }

        /// <summary>The pair's two events, the one whose name sorts first (ordinal) first.</summary>
        public static (int First, int Second) ByName(InstanceEventCatalog events, long pair)
        {
            int a = EventPair.First(pair), b = EventPair.Second(pair);
            return string.CompareOrdinal(DisplayName(events, a), DisplayName(events, b)) <= 0 ? (a, b) : (b, a);
        }

        /// <summary>An instance, zone, region or domain name, or for a group of several instances "any of web's 3 instances".</summary>
        private static string DisplayName(InstanceEventCatalog events, int e) =>
            events.SizeOf(e) > 1 ? GroupName(events, e, "any of ") : events.NameOf(e);

        private static string GroupName(InstanceEventCatalog events, int e, string quantity) =>
            quantity + events.NameOf(e) + "'s " + events.SizeOf(e).ToString("N0", CultureInfo.InvariantCulture) + " instances" + Where(events, e);

        /// <summary>"any instance of web" (in its places when web has other groups) for a group of several instances; null for one event.</summary>
        public static string? GroupPhrase(InstanceEventCatalog events, int e) =>
            events.SizeOf(e) > 1 ? "any instance of " + events.NameOf(e) + Where(events, e) : null;

        private static string Where(InstanceEventCatalog events, int e) => events.WhereOf(e) is { } where ? " in " + where : string.Empty;
    }
}
