using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>
    /// The availabilities (probability of being up, 0..1] assumed where the model gives none. A component's own
    /// <c>availability</c> field, per instance, wins over <see cref="Instance"/>. The defaults are estimates from
    /// public cloud SLAs (see docs/availability.md), not promises: override them with <c>--assume</c> / <c>-Assume</c>.
    /// </summary>
    public sealed class AvailabilityAssumptions
    {
        public const string InstanceKey = "instance";
        public const string ZoneKey = "zone";
        public const string RegionKey = "region";
        public const string DomainKey = "domain";
        public const string FailoverKey = "failover";

        /// <summary>The diagnostic code of a bad assumption.</summary>
        public const string InvalidAssumptionCode = "InvalidAssumption";

        private static readonly string[] Keys = { InstanceKey, ZoneKey, RegionKey, DomainKey, FailoverKey };

        public AvailabilityAssumptions(double instance = 0.999, double zone = 0.9999, double region = 0.99999, double domain = 0.9999, double failover = 0.9)
        {
            Instance = instance;
            Zone = zone;
            Region = region;
            Domain = domain;
            Failover = failover;
        }

        /// <summary>The documented defaults.</summary>
        public static AvailabilityAssumptions Default { get; } = new AvailabilityAssumptions();

        /// <summary>One instance (VM, container host, database node) without an <c>availability</c> of its own: 99.9%.</summary>
        public double Instance { get; }

        /// <summary>One availability zone (or datacenter): 99.99%.</summary>
        public double Zone { get; }

        /// <summary>One region as a whole: 99.999%.</summary>
        public double Region { get; }

        /// <summary>Any other shared-fate domain (rack, host, power feed, account): 99.99%.</summary>
        public double Domain { get; }

        /// <summary>
        /// For a warm or cold standby or a manual failover: the share of a primary's outage during which the standby
        /// has already taken over (0.9: down for the first tenth of it). A hot standby with automatic failover takes
        /// over at once.
        /// </summary>
        public double Failover { get; }

        /// <summary><c>instance=0.999,zone=0.9999</c>: the named keys replace the defaults. <paramref name="source"/> names the option in errors.</summary>
        public static AvailabilityAssumptions Parse(string? text, string source)
        {
            var pairs = new List<KeyValuePair<string, object?>>();
            foreach (var part in (text ?? string.Empty).Split(',').Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                var equals = part.IndexOf('=');
                if (equals <= 0)
                {
                    throw Error(source, $"'{part}' is not KEY=AVAILABILITY", $"write for example {InstanceKey}=0.999,{ZoneKey}=0.9999");
                }

                pairs.Add(new KeyValuePair<string, object?>(part.Substring(0, equals).Trim(), part.Substring(equals + 1).Trim()));
            }

            return From(pairs, source);
        }

        /// <summary>Keys (case-insensitive) and values (numbers, or text holding one), as from a PowerShell hashtable.</summary>
        public static AvailabilityAssumptions From(IEnumerable<KeyValuePair<string, object?>> pairs, string source)
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var pair in pairs)
            {
                var key = pair.Key.ToLowerInvariant();
                if (!Keys.Contains(key))
                {
                    throw Error(source, $"unknown assumption '{pair.Key}': expected one of {string.Join(", ", Keys)}", NameSuggestions.DidYouMean(pair.Key, Keys));
                }

                if (values.ContainsKey(key))
                {
                    throw Error(source, $"assumption '{key}' is given twice", null);
                }

                values[key] = Value(source, key, pair.Value);
            }

            var d = Default;
            return new AvailabilityAssumptions(
                values.TryGetValue(InstanceKey, out var instance) ? instance : d.Instance,
                values.TryGetValue(ZoneKey, out var zone) ? zone : d.Zone,
                values.TryGetValue(RegionKey, out var region) ? region : d.Region,
                values.TryGetValue(DomainKey, out var domain) ? domain : d.Domain,
                values.TryGetValue(FailoverKey, out var failover) ? failover : d.Failover);
        }

        /// <summary>The form <see cref="Parse"/> reads back.</summary>
        public override string ToString() => string.Join(",", new[]
        {
            $"{InstanceKey}={Format(Instance)}", $"{ZoneKey}={Format(Zone)}", $"{RegionKey}={Format(Region)}",
            $"{DomainKey}={Format(Domain)}", $"{FailoverKey}={Format(Failover)}",
        });

        private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        private static double Value(string source, string key, object? raw)
        {
            double value;
            if (raw is double d)
            {
                value = d;
            }
            else if (raw is IConvertible convertible && !(raw is string) && !(raw is bool))
            {
                value = convertible.ToDouble(CultureInfo.InvariantCulture);
            }
            else if (!double.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                throw Error(source, $"assumption '{key}' is '{raw}', not a number", "write an availability such as 0.999");
            }

            // An availability of 0 would make every path down; above 1 is not a probability.
            if (!(value > 0 && value <= 1))
            {
                throw Error(source, $"assumption '{key}' is {Format(value)}: expected an availability above 0 and at most 1", "write for example 0.999 for 99.9%");
            }

            return value;
        }

        private static SpofInputException Error(string source, string message, string? suggestion) =>
            new SpofInputException(new SpofDiagnostic(InvalidAssumptionCode, DiagnosticCategory.InvalidArgument, new SourceLocation(source, 0, 0), message, suggestion));
    }
}
