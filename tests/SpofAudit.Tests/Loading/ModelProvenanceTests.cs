using System;
using SpofAudit.Model;

namespace SpofAudit.Tests.Loading
{
    /// <summary>The report line of a source is written from its typed unread parts.</summary>
    public class ModelProvenanceTests
    {
        private static readonly InventorySource Account =
            new InventorySource(InventorySourceKind.AwsAccount, "aws account 1, regions r1, r2", new[] { "r1", "r2" }, "1");

        [Fact]
        public void A_source_with_unread_parts_is_one_incomplete_line_listing_them_in_order()
        {
            var overlay = InventorySource.File("overlay.yaml");
            var provenance = new ModelProvenance(
                new[] { Account, overlay },
                new[]
                {
                    new UnreadPart(Account, "r1", "ec2:DescribeInstances", "AccessDenied: no", "ec2:DescribeInstances in r1: AccessDenied: no", "AccessDenied"),
                    new UnreadPart(Account, "r2", "rds:DescribeDBInstances", "AccessDenied: no", "rds:DescribeDBInstances in r2: AccessDenied: no", "AccessDenied"),
                });

            const string line = "aws account 1, regions r1, r2; incomplete, not read: ec2:DescribeInstances in r1: AccessDenied: no; rds:DescribeDBInstances in r2: AccessDenied: no";
            Assert.True(provenance.IsIncomplete);
            Assert.Equal(new[] { line }, provenance.IncompleteLines);
            Assert.Equal(new[] { line, "overlay.yaml" }, provenance.SourceLines);
            Assert.Equal(new[] { Account }, provenance.SourcesWithUnread);
        }

        [Fact]
        public void An_unread_part_of_an_unlisted_source_is_refused()
        {
            var part = new UnreadPart(Account, "r1", "ec2:DescribeInstances", "AccessDenied", "ec2:DescribeInstances in r1: AccessDenied");
            Assert.Throws<ArgumentException>(() => new ModelProvenance(new[] { InventorySource.File("a.yaml") }, new[] { part }));
        }
    }
}
