using System;
using System.Globalization;
using System.Text;
using SpofAudit.Analysis;

namespace SpofAudit.Analysis.FaultTrees
{
    /// <summary>
    /// The names the Open-PSA export gives its events and gates, and their way back to the model.
    /// Open-PSA identifiers may hold no dots, and dashes only singly between other characters, so a model name is
    /// encoded: letters and digits stay, a dash stays when a letter or digit stands on both sides, and every other
    /// character (underscore included) becomes <c>_xHHHH_</c>, its UTF-16 code in hex. The encoding has no
    /// <c>__</c> of its own, so a prefix and <c>__</c> keep namespaces apart and the name decodes exactly.
    /// <list type="table">
    /// <item><term><c>inst__NAME</c></term><description>basic event: instance NAME fails (<c>inst__db-1</c>)</description></item>
    /// <item><term><c>zone__NAME</c></term><description>basic event: zone NAME fails (<c>zone__us-east-1a</c>)</description></item>
    /// <item><term><c>region__NAME</c></term><description>basic event: region NAME fails</description></item>
    /// <item><term><c>domain__NAME</c></term><description>basic event: domain NAME fails (<c>domain__power_x002E_A</c>)</description></item>
    /// <item><term><c>top</c></term><description>gate: the system is down (any entrypoint down)</description></item>
    /// <item><term><c>down__COMPONENT</c></term><description>gate: the component is down</description></item>
    /// <item><term><c>down__COMPONENT__local</c></term><description>gate: too few of its own units are up</description></item>
    /// <item><term><c>unit__COMPONENT__K</c></term><description>gate: its K-th placement unit is down</description></item>
    /// <item><term><c>group__COMPONENT__SLOT</c></term><description>gate: its dependsOn entry SLOT (anyOf/atLeast) is unmet</description></item>
    /// <item><term><c>…__Lj</c></term><description>gate: level j of a dependency cycle's unrolling (see the Open-PSA writer, SpofAudit.Export.OpenPsaWriter)</description></item>
    /// <item><term><c>…__hN</c></term><description>gate: a helper the writer introduced while simplifying</description></item>
    /// </list>
    /// </summary>
    public static class OpenPsaNames
    {
        public const string TopGate = "top";

        private const string InstancePrefix = "inst__";
        private const string ZonePrefix = "zone__";
        private const string RegionPrefix = "region__";
        private const string DomainPrefix = "domain__";

        /// <summary>The basic event of an instance, zone, region or domain failure.</summary>
        public static string BasicEvent(FailureEventKind kind, string name) => PrefixOf(kind) + Encode(name);

        /// <summary>Reads a basic event name back; false for anything this export did not name so.</summary>
        public static bool TryParseBasicEvent(string eventName, out FailureEvent? failure)
        {
            failure = null;
            foreach (var kind in new[] { FailureEventKind.Instance, FailureEventKind.Zone, FailureEventKind.Region, FailureEventKind.Domain })
            {
                var prefix = PrefixOf(kind);
                if (eventName.StartsWith(prefix, StringComparison.Ordinal))
                {
                    var name = Decode(eventName.Substring(prefix.Length));
                    failure = name == null ? null : new FailureEvent(kind, name);
                    return failure != null;
                }
            }

            return false;
        }

        /// <summary>A model name as an identifier fragment: never empty, no dots, no double or edge dashes, no <c>__</c>.</summary>
        public static string Encode(string name)
        {
            var text = new StringBuilder(name.Length + 8);
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                var keepDash = c == '-' && i > 0 && i < name.Length - 1 && IsAsciiAlphanumeric(name[i - 1]) && IsAsciiAlphanumeric(name[i + 1]);
                if (IsAsciiAlphanumeric(c) || keepDash)
                {
                    text.Append(c);
                }
                else
                {
                    text.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
                }
            }

            // An empty name still needs a fragment, and one no other name encodes to.
            return text.Length == 0 ? "_x_" : text.ToString();
        }

        /// <summary>The inverse of <see cref="Encode"/>; null when the text is not an encoding.</summary>
        public static string? Decode(string encoded)
        {
            if (encoded == "_x_")
            {
                return string.Empty;
            }

            var text = new StringBuilder(encoded.Length);
            for (var i = 0; i < encoded.Length; i++)
            {
                if (encoded[i] != '_')
                {
                    text.Append(encoded[i]);
                    continue;
                }

                if (i + 6 >= encoded.Length || encoded[i + 1] != 'x' || encoded[i + 6] != '_'
                    || !int.TryParse(encoded.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    return null;
                }

                text.Append((char)code);
                i += 6;
            }

            return text.ToString();
        }

        /// <summary>The basic event "the standby of this component has not taken over yet" (availability only, never in the export).</summary>
        public static string FailoverGap(string component) => "failover__" + Encode(component);

        internal static string Down(string component) => "down__" + Encode(component);

        internal static string Unit(string component, int unit) => "unit__" + Encode(component) + "__" + unit.ToString(CultureInfo.InvariantCulture);

        internal static string Group(string component, int slot) => "group__" + Encode(component) + "__" + slot.ToString(CultureInfo.InvariantCulture);

        /// <summary>The gate name of level <paramref name="level"/> of a cycle unrolling; the last level keeps the plain name.</summary>
        internal static string AtLevel(string gate, int level, int levels) =>
            level == levels ? gate : gate + "__L" + level.ToString(CultureInfo.InvariantCulture);

        private static string PrefixOf(FailureEventKind kind)
        {
            switch (kind)
            {
                case FailureEventKind.Instance: return InstancePrefix;
                case FailureEventKind.Zone: return ZonePrefix;
                case FailureEventKind.Region: return RegionPrefix;
                case FailureEventKind.Domain: return DomainPrefix;
                default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only instances, zones, regions and domains are basic events.");
            }
        }

        private static bool IsAsciiAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
