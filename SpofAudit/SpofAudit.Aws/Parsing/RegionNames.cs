using System.Text.RegularExpressions;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>Region names recovered from what an export holds: a zone name or an ARN.</summary>
    internal static class RegionNames
    {
        // us-east-1a, eu-central-1b, us-gov-west-1a; Local Zones (us-west-2-lax-1a) belong to their parent region.
        private static readonly Regex ZonePattern = new Regex(@"^([a-z]{2}(?:-[a-z]+)+-\d+)", RegexOptions.CultureInvariant);

        public static string? FromZone(string? zone)
        {
            if (zone == null)
            {
                return null;
            }

            var match = ZonePattern.Match(zone);
            return match.Success ? match.Groups[1].Value : null;
        }

        // name-123.us-east-1.elb.amazonaws.com (a Classic Load Balancer's DNS name).
        private static readonly Regex ElbDnsPattern = new Regex(@"\.([a-z]{2}(?:-[a-z]+)+-\d+)\.elb\.amazonaws\.com", RegexOptions.CultureInvariant);

        public static string? FromElbDnsName(string? dnsName)
        {
            var match = dnsName == null ? null : ElbDnsPattern.Match(dnsName);
            return match != null && match.Success ? match.Groups[1].Value : null;
        }

        /// <summary>arn:partition:service:region:account:resource</summary>
        public static string? FromArn(string? arn) => ArnPart(arn, 3);

        public static string? AccountFromArn(string? arn) => ArnPart(arn, 4);

        private static string? ArnPart(string? arn, int index)
        {
            var parts = arn?.Split(':');
            return parts != null && parts.Length > 5 && parts[0] == "arn" && parts[index].Length > 0 ? parts[index] : null;
        }
    }
}
