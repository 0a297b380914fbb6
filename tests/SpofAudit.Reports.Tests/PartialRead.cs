using System.IO;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// A report of an AWS account read with two calls denied, beside an overlay file, with one finding about a NAT
    /// gateway: the sample the provenance tests render, read back and compare.
    /// </summary>
    internal static class PartialRead
    {
        public const string NatArn = "arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a1b2c3d4e5f60001";

        public const string Line =
            "aws account 123456789012, regions us-east-1; incomplete, not read: " +
            "rds:DescribeDBInstances in us-east-1: AccessDenied: not authorized; " +
            "elasticache:DescribeReplicationGroups in us-east-1: AccessDenied: no access";

        public static ModelProvenance Provenance()
        {
            var account = new InventorySource(InventorySourceKind.AwsAccount, "aws account 123456789012, regions us-east-1", new[] { "us-east-1" }, "123456789012");
            return new ModelProvenance(
                new[] { account, InventorySource.File("overlay.yaml") },
                new[]
                {
                    new UnreadPart(account, "us-east-1", "rds:DescribeDBInstances", "AccessDenied: not authorized", "rds:DescribeDBInstances in us-east-1: AccessDenied: not authorized", "AccessDenied"),
                    new UnreadPart(account, "us-east-1", "elasticache:DescribeReplicationGroups", "AccessDenied: no access", "elasticache:DescribeReplicationGroups in us-east-1: AccessDenied: no access", "AccessDenied"),
                });
        }

        public static Finding NatFinding() => new Finding(
            FindingKind.SingleZoneRisk, Severity.High, "us-east-1a", TargetType.Zone, new[] { "shop-alb" },
            new[] { "shop-alb", "shop-web", "shop-nat", "us-east-1a" }, new[] { "shop-web", "shop-nat" },
            "Add a NAT gateway in every zone.", "aws-123456789012", resourceIds: new[] { NatArn });

        public static SpofReport Report(params Finding[] findings) =>
            new SpofReport("aws-123456789012", new[] { "shop-alb" }, Provenance(), 5, findings);

        /// <summary>The same findings from a complete read.</summary>
        public static SpofReport Complete(params Finding[] findings) =>
            new SpofReport("aws-123456789012", new[] { "shop-alb" }, new[] { "overlay.yaml" }, 5, findings);

        public static string Render(SpofReport report, ReportFormat format)
        {
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), format, text, new ReportOptions(new System.DateTimeOffset(2026, 12, 7, 4, 0, 0, System.TimeSpan.Zero)));
            return text.ToString();
        }
    }
}
