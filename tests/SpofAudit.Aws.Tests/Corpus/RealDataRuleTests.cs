using System.IO;
using System.Linq;

namespace SpofAudit.Aws.Tests.Corpus
{
    /// <summary>
    /// The AWS rules of issue 13, each on real recorded data or a variant of it with one field changed
    /// (<c>*.variant-*.json</c> beside the original). docs/aws.md names the AWS documentation of each rule.
    /// </summary>
    public sealed class RealDataRuleTests
    {
        private const string CrossAz = "cloud-custodian/test_cross_az_nat_gateway_route_filter/";
        private const string IgwSubnet = "cloud-custodian/ec2_igw_subnet/";

        [Fact]
        public void Deleted_nat_gateway_leaves_the_subnets_routed_to_it_without_egress_and_says_which()
        {
            var live = CorpusAudit.Of(CrossAz + "ec2.DescribeNatGateways_1.json", CrossAz + "ec2.DescribeRouteTables_1.json", CrossAz + "ec2.DescribeSubnets_1.json");
            var deleted = CorpusAudit.Of(CrossAz + "ec2.DescribeNatGateways_1.variant-deleted.json", CrossAz + "ec2.DescribeRouteTables_1.json", CrossAz + "ec2.DescribeSubnets_1.json");

            Assert.DoesNotContain(live.Warnings, w => w.Contains("no outbound"));
            // nat-06e9acaa9c0ab8799 is the default route of three private subnets, one per zone.
            foreach (var subnet in new[] { "subnet-01989283067fcc12f", "subnet-06b85e2b5aac87c58", "subnet-0a57b9d3da96e4364" })
            {
                Assert.Contains(deleted.Warnings, w => w.Contains(subnet) && w.Contains("nat-06e9acaa9c0ab8799") && w.Contains("deleted") && w.Contains("no outbound"));
            }
        }

        [Fact]
        public void Deleted_nat_gateway_is_no_dependency_of_the_instances_behind_it()
        {
            using var exports = ThreeTierWith("ec2-describe-nat-gateways.json", "\"State\": \"available\"", "\"State\": \"deleted\"");
            var host = new RecordingHost();
            var model = AwsModelSource.FromFiles(exports.Files, host);
            var report = new SpofAudit.Findings.SpofAnalyzer().Analyze(model);

            // The recorded account's one NAT gateway is a zone risk while available; deleted, it carries nothing.
            Assert.Null(model.FindComponent("shop-nat"));
            Assert.DoesNotContain(report.Findings, f => f.Components.Contains("shop-nat"));
            Assert.Contains(host.Warnings, w => w.Contains("nat-0a1b2c3d4e5f60001") && w.Contains("no outbound"));
        }

        [Fact]
        public void Blackhole_default_route_is_reported_as_no_egress()
        {
            var active = CorpusAudit.Of(IgwSubnet + "ec2.DescribeInstances_1.json", IgwSubnet + "ec2.DescribeRouteTables_1.json", IgwSubnet + "ec2.DescribeSubnets_1.json");
            var blackhole = CorpusAudit.Of(IgwSubnet + "ec2.DescribeInstances_1.json", IgwSubnet + "ec2.DescribeRouteTables_1.variant-blackhole.json", IgwSubnet + "ec2.DescribeSubnets_1.json");
            var cliExample = CorpusAudit.Of("aws-cli/ec2-describe-route-tables-1.json", "aws-cli/ec2-describe-instances-1.json");

            Assert.DoesNotContain(active.Warnings, w => w.Contains("blackhole"));
            Assert.Contains(blackhole.Warnings, w => w.Contains("rtb-093c0ae5ab7524554") && w.Contains("subnet-02e1a5b426e2b16a9") && w.Contains("blackhole"));
            // The AWS CLI's own example holds a main route table whose default route to a NAT gateway is a blackhole.
            Assert.Contains(cliExample.Warnings, w => w.Contains("rtb-09ba434c1bEXAMPLE") && w.Contains("nat-06c018cbd8EXAMPLE") && w.Contains("blackhole"));
        }

        [Fact]
        public void Default_route_to_a_nat_instance_is_a_dependency_on_that_instance()
        {
            var audit = CorpusAudit.Of(IgwSubnet + "ec2.DescribeInstances_1.json", IgwSubnet + "ec2.DescribeRouteTables_1.variant-nat-instance.json", IgwSubnet + "ec2.DescribeSubnets_1.json");

            // subnet-02e1a5b426e2b16a9 now leaves through i-07b1657fdb879c149: both instances there need it.
            var nat = Assert.Single(audit.Report!.Findings, f => f.Id == "SinglePointOfFailure/i-07b1657fdb879c149");
            Assert.Equal(new[] { "i-05799f38ad9df4c34", "i-0ed351953eb1132ef" }, nat.Affects.OrderBy(a => a, System.StringComparer.Ordinal));
            Assert.DoesNotContain("i-07b1657fdb879c149", audit.Model!.Entrypoints);
        }

        [Fact]
        public void One_writer_aurora_cluster_without_describe_db_instances_is_a_spof_and_says_what_is_missing()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_rdssubnetgroup_unused/rds.DescribeDBClusters_1.json");

            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/database-3", // DBClusterMembers: one writer, no reader
                    "Medium SingleRegionRisk/us-east-1",
                },
                audit.Findings);
            Assert.Contains(audit.Warnings, w => w.Contains("database-3-instance-1") && w.Contains("describe-db-instances"));
            Assert.Contains(audit.Unread, u => u.Contains("rds:DescribeDBInstances") && u.Contains("database-3-instance-1"));
        }

        [Fact]
        public void Aurora_cluster_members_listed_without_their_instances_are_its_instances()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_rdscluster_simple/rds.DescribeDBClusters_1.json");

            // bbb has a writer and a reader: one fails over to the other, so no SPOF; aaa has no instance at all.
            var bbb = audit.Model!.FindComponent("bbb")!;
            Assert.Equal(new[] { "bbb-poolmember-1", "bbb-rds-poolmember-2" }, bbb.Instances.Select(i => i.Name));
            Assert.DoesNotContain("High SinglePointOfFailure/bbb", audit.Findings);
            Assert.Contains(audit.Warnings, w => w.Contains("DB cluster aaa has no DB instance"));
            Assert.Contains(audit.Warnings, w => w.Contains("bbb-poolmember-1") && w.Contains("not read"));
        }

        [Fact]
        public void Auto_scaling_group_export_alone_names_its_instances_and_zones()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_asg_tag/autoscaling.DescribeAutoScalingGroups_1.json");

            Assert.Null(audit.Error);
            var group = audit.Model!.FindComponent("CustodianASG")!;
            Assert.Equal(
                new[] { ("i-242dd4f9", "us-west-2c"), ("i-7b5241a3", "us-west-2b"), ("i-9206fe54", "us-west-2a") },
                group.Instances.Select(i => (i.Name, i.Zone!)).OrderBy(i => i.Name, System.StringComparer.Ordinal));
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, audit.Findings);
            Assert.Contains(audit.Unread, u => u.Contains("ec2:DescribeInstances") && u.Contains("CustodianASG"));
        }

        [Fact]
        public void Auto_scaling_instances_missing_from_describe_instances_are_a_warning_not_silence()
        {
            // The ASG's instances are in one recording, describe-instances of another account in the other.
            var audit = CorpusAudit.Of("aws-cli/autoscaling-describe-auto-scaling-groups-1.json", "aws-cli/ec2-describe-instances-1.json");

            Assert.Contains(audit.Warnings, w => w.Contains("my-asg") && w.Contains("i-06905f55584de02da") && w.Contains("missing from describe-instances"));
            Assert.Contains(audit.Unread, u => u.Contains("i-06905f55584de02da"));
            Assert.Contains("High SinglePointOfFailure/my-asg", audit.Findings);
        }

        [Fact]
        public void The_same_describe_instances_twice_is_read_once()
        {
            var audit = CorpusAudit.Of(
                "cloud-custodian/test_asg_tag/ec2.DescribeInstances_1.json",
                "cloud-custodian/test_asg_tag/ec2.DescribeInstances_1.json",
                "cloud-custodian/test_asg_tag/autoscaling.DescribeAutoScalingGroups_1.json");

            Assert.Null(audit.Error);
            Assert.Equal(3, audit.Model!.FindComponent("CustodianASG")!.Instances.Count);
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, audit.Findings);
        }

        [Fact]
        public void A_read_replica_is_never_an_entrypoint_on_its_own()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_rds_minor_upgrade_unavailable/rds.DescribeDBInstances_1.variant-replica.json");

            // c7n-mysql-test-02 is now a read replica of test-01: what fails if it fails is only what reads from it.
            Assert.Equal(new[] { "c7n-mysql-test-01", "c7n-mysql-test-03" }, audit.Model!.Entrypoints.OrderBy(e => e, System.StringComparer.Ordinal));
            Assert.DoesNotContain(audit.Findings, f => f.Contains("c7n-mysql-test-02"));
            Assert.Contains(audit.Warnings, w => w.Contains("except c7n-mysql-test-02 (read replica of c7n-mysql-test-01)"));
        }

        [Fact]
        public void Internet_facing_load_balancers_are_the_entrypoints_and_it_is_said()
        {
            var host = new RecordingHost();
            var model = AwsModelSource.FromFiles(AwsCorpus.Files("aws-cli/elb-describe-load-balancers-1.json", "aws-cli/rds-describe-db-clusters-1.json"), host);

            // The Internet-facing ELB is what users reach. Nothing read says the database serves it, so the database is
            // audited on its own (hiding it would hide its risks), and the warning says that part is a guess.
            Assert.Equal(new[] { "my-load-balancer", "mydbcluster" }, model.Entrypoints);
            var warning = Assert.Single(host.Warnings, w => w.StartsWith("Entrypoints: ", System.StringComparison.Ordinal));
            Assert.Contains("what faces users, my-load-balancer (Internet-facing load balancer); and, audited on their own because nothing read depends on them, mydbcluster", warning);
        }

        [Fact]
        public void An_unknown_instance_state_is_a_warning_and_no_capacity()
        {
            var audit = CorpusAudit.Of(
                "cloud-custodian/test_elb_instance_filter/elasticloadbalancing.DescribeLoadBalancers_1.json",
                "cloud-custodian/test_elb_instance_filter/ec2.DescribeInstances_1.variant-unknown-state.json");

            Assert.Contains(audit.Warnings, w => w.Contains("i-0d6fc89a578546fec") && w.Contains("'hibernated'"));
            Assert.Null(audit.Model!.FindComponent("BalancedInstance"));
        }

        [Fact]
        public void An_impaired_database_state_is_a_warning()
        {
            var available = CorpusAudit.Of("cloud-custodian/test_rds_minor_upgrade_unavailable/rds.DescribeDBInstances_1.json");
            var full = CorpusAudit.Of("cloud-custodian/test_rds_minor_upgrade_unavailable/rds.DescribeDBInstances_1.variant-storage-full.json");

            Assert.DoesNotContain(available.Warnings, w => w.Contains("DB instance"));
            Assert.Contains(full.Warnings, w => w.Contains("c7n-mysql-test-03") && w.Contains("'storage-full'"));
            Assert.Contains("High SinglePointOfFailure/c7n-mysql-test-03", full.Findings);
        }

        [Fact]
        public void Zone_of_another_region_is_a_clear_error()
        {
            var audit = CorpusAudit.Of("aws-cli/elbv2-describe-load-balancers-1.variant-zone-of-us-east-1.json");

            var diagnostic = Assert.Single(audit.Error!.Diagnostics);
            Assert.Equal("RegionConflict", diagnostic.Code);
            Assert.Contains("my-load-balancer is in region us-west-2 but names zone us-east-1a", diagnostic.Message);
        }

        [Fact]
        public void A_file_that_is_no_aws_output_is_one_error_naming_the_file_and_what_it_holds()
        {
            using var exports = new TemporaryExports();
            var path = exports.Write("inventory.json", "{\"Items\": [], \"Count\": 0}");

            var error = Assert.Throws<SpofAudit.Diagnostics.SpofInputException>(() => AwsModelSource.FromFiles(new[] { path }, new RecordingHost()));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Contains("inventory.json", diagnostic.Message);
            Assert.Contains("Items, Count", diagnostic.Message);
        }

        private static TemporaryExports ThreeTierWith(string file, string from, string to)
        {
            var exports = new TemporaryExports();
            foreach (var path in RecordedAccount.ExportFiles())
            {
                var text = File.ReadAllText(path);
                exports.Write(Path.GetFileName(path), Path.GetFileName(path) == file ? text.Replace(from, to) : text);
            }

            return exports;
        }
    }
}
