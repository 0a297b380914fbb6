using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Aws.Tests.Corpus
{
    /// <summary>
    /// Every real file of tests/corpus/aws, audited on its own or with the exports recorded beside it, with the
    /// findings a cloud engineer would sign and the reason for each in one line.
    /// </summary>
    public sealed class CorpusFileTests
    {
        [Fact]
        public void Every_corpus_file_is_run_by_a_test_of_this_folder()
        {
            var tests = System.IO.File.ReadAllText(System.IO.Path.Combine(SourceDirectory(), "CorpusFileTests.cs"))
                + System.IO.File.ReadAllText(System.IO.Path.Combine(SourceDirectory(), "RealDataRuleTests.cs"));
            // A file is named whole ("aws-cli/x.json") or as a folder constant plus its name (CrossAz + "x.json").
            var unused = AwsCorpus.All()
                .Where(f => !tests.Contains("\"" + f + "\"") && !(tests.Contains("\"" + f.Substring(f.LastIndexOf('/') + 1) + "\"") && tests.Contains("\"" + f.Substring(0, f.LastIndexOf('/') + 1) + "\"")))
                .ToArray();
            Assert.Empty(unused);
        }

        [Fact]
        public void Cli_example_single_instance_is_a_spof_in_its_zone()
        {
            var audit = CorpusAudit.Of("aws-cli/ec2-describe-instances-1.json");

            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/my-instance", // one running t3.nano, nothing else serves
                    "High SingleZoneRisk/us-east-2a",        // it lives in us-east-2a only
                    "Medium SingleRegionRisk/us-east-2",     // and in one region
                },
                audit.Findings);
        }

        [Fact]
        public void Cli_example_load_balancer_over_two_zones_has_only_the_region_risk()
        {
            var audit = CorpusAudit.Of("aws-cli/elbv2-describe-load-balancers-1.json");

            // An internet-facing ALB over us-west-2a and us-west-2b survives either zone; the region is its one place.
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, audit.Findings);
            Assert.Equal(new[] { "my-load-balancer" }, audit.Model!.Entrypoints);
        }

        [Fact]
        public void Cli_example_replication_group_with_one_zone_and_manual_failover()
        {
            var audit = CorpusAudit.Of("aws-cli/elasticache-describe-replication-groups-1.json");

            Assert.Equal(
                new[]
                {
                    "High SingleZoneRisk/us-west-2a",     // all three nodes are in us-west-2a
                    "Medium DataLossRisk/my-cluster",     // replication to the replicas is asynchronous
                    "Medium FailoverRisk/my-cluster",     // AutomaticFailover is disabled: a person promotes a replica
                    "Medium SingleRegionRisk/us-west-2",  // one region
                },
                audit.Findings);
        }

        [Fact]
        public void Cli_example_cache_clusters_of_a_group_not_exported_are_read_with_failover_taken_as_manual()
        {
            var audit = CorpusAudit.Of("aws-cli/elasticache-describe-cache-clusters-1.json");

            Assert.Null(audit.Error);
            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/my-cluster", // its one listed node, my-cluster-003, is all the export shows
                    "High SingleZoneRisk/us-west-2a",       // in us-west-2a
                    "Medium SingleRegionRisk/us-west-2",
                },
                audit.Findings);
            Assert.Contains(audit.Unread, u => u.Contains("elasticache:DescribeReplicationGroups"));
        }

        [Fact]
        public void Cli_example_classic_load_balancer_in_one_zone_is_read_not_refused()
        {
            var audit = CorpusAudit.Of("aws-cli/elb-describe-load-balancers-1.json");

            Assert.Null(audit.Error);
            Assert.Equal(
                new[]
                {
                    "High SingleZoneRisk/us-west-2a",    // the Classic Load Balancer is enabled in us-west-2a only
                    "Medium SingleRegionRisk/us-west-2",
                },
                audit.Findings);
            Assert.Equal(new[] { "my-load-balancer" }, audit.Model!.Entrypoints); // internet-facing
            Assert.Contains(audit.Warnings, w => w.Contains("i-207d9717") && w.Contains("describe-instances"));
        }

        [Fact]
        public void Cli_example_aurora_cluster_without_its_instances_keeps_its_five_members()
        {
            var audit = CorpusAudit.Of("aws-cli/rds-describe-db-clusters-1.json");

            // Five member instances (the writer listed twice in the example counts once): losing one fails over.
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-east-1" }, audit.Findings);
            Assert.Equal(5, audit.Model!.FindComponent("mydbcluster")!.Instances.Count);
            Assert.Contains(audit.Unread, u => u.Contains("rds:DescribeDBInstances") && u.Contains("dbinstance3"));
        }

        [Fact]
        public void Cli_example_auto_scaling_group_alone_is_audited_from_its_own_instance_list()
        {
            var audit = CorpusAudit.Of("aws-cli/autoscaling-describe-auto-scaling-groups-1.json");

            Assert.Null(audit.Error);
            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/my-asg", // one InService instance, i-06905f55584de02da
                    "High SingleZoneRisk/us-west-2a",   // in us-west-2a
                    "Medium SingleRegionRisk/us-west-2",
                },
                audit.Findings);
            Assert.Contains(audit.Unread, u => u.Contains("ec2:DescribeInstances") && u.Contains("i-06905f55584de02da"));
        }

        [Theory]
        [InlineData("aws-cli/ec2-describe-nat-gateways-1.json")]
        [InlineData("aws-cli/ec2-describe-nat-gateways-2.json")]
        [InlineData("aws-cli/ec2-describe-subnets-1.json")]
        [InlineData("aws-cli/elbv2-describe-target-groups-1.json")]
        [InlineData("cloud-custodian/test_vpc_scenario_2/ec2.DescribeNatGateways_1.json")]
        [InlineData("cloud-custodian/test_vpc_scenario_2/ec2.DescribeSubnets_1.json")]
        public void Network_only_exports_are_one_error_in_aws_terms(string file)
        {
            var audit = CorpusAudit.Of(file);

            // Subnets, NAT gateways and target groups serve nothing by themselves: nothing to audit, said in AWS words.
            var diagnostic = Assert.Single(audit.Error!.Diagnostics);
            Assert.Contains("no running EC2 instance", diagnostic.Message);
            Assert.Contains(System.IO.Path.GetFileName(file), diagnostic.Message);
            Assert.DoesNotContain("components", diagnostic.Message);
            Assert.DoesNotContain("regions :", diagnostic.Message);
            Assert.Contains("describe-instances", diagnostic.Suggestion);
        }

        [Fact]
        public void Cli_example_target_health_without_its_group_is_one_clear_error()
        {
            var audit = CorpusAudit.Of("aws-cli/elbv2-describe-target-health-1.json");

            // The CLI output does not name the target group it describes: the reader cannot attach the targets.
            var diagnostic = Assert.Single(audit.Error!.Diagnostics);
            Assert.Contains("TargetGroupArn", diagnostic.Message);
        }

        [Fact]
        public void Cli_example_regional_efs_has_only_the_region_risk_and_one_zone_efs_its_zone()
        {
            var regional = CorpusAudit.Of("aws-cli/efs-describe-file-systems-1.json");
            var oneZone = CorpusAudit.Of("aws-cli/efs-describe-file-systems-1.variant-one-zone.json");

            // A Regional file system stores data in several zones; One Zone (AvailabilityZoneName) in one.
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, regional.Findings);
            Assert.Equal(new[] { "High SingleZoneRisk/us-west-2a", "Medium SingleRegionRisk/us-west-2" }, oneZone.Findings);
        }

        [Fact]
        public void Cli_example_lambda_functions_outside_a_vpc_are_regional()
        {
            var audit = CorpusAudit.Of("aws-cli/lambda-list-functions-1.json");

            // Lambda runs a function in several zones of its region: no SPOF, no zone risk.
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, audit.Findings);
            Assert.Equal(ComponentScope.Regional, audit.Model!.FindComponent("helloworld")!.Scope);
        }

        [Fact]
        public void Recorded_lambda_function_in_a_vpc_subnet_not_exported_says_its_zone_is_unknown()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_aws_lambda_sg/lambda.ListFunctions_1.json");

            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, audit.Findings);
            Assert.Contains(audit.Warnings, w => w.Contains("mys3") && w.Contains("subnet-15452171"));
            Assert.Contains(audit.Unread, u => u.Contains("ec2:DescribeSubnets") && u.Contains("mys3"));
        }

        [Fact]
        public void Cli_example_ecs_service_with_ten_tasks_is_no_spof()
        {
            var audit = CorpusAudit.Of("aws-cli/ecs-describe-services-1.json");

            // Ten running tasks; the output names no subnet (not awsvpc), so their zones are unknown, and said so.
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, audit.Findings);
            Assert.Equal(10, audit.Model!.FindComponent("my-http-service")!.Instances.Count);
            Assert.Contains(audit.Warnings, w => w.Contains("my-http-service") && w.Contains("unknown"));
        }

        [Fact]
        public void Recorded_fargate_service_with_two_tasks_is_no_spof()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_ecs_service/ecs.DescribeServices_1.json");

            Assert.Equal(new[] { "Medium SingleRegionRisk/us-east-1" }, audit.Findings);
            Assert.Contains(audit.Unread, u => u.Contains("home-web"));
        }

        [Theory]
        [InlineData("aws-cli/eks-describe-nodegroup-1.json", "my-eks-nodegroup", "us-east-2")]
        [InlineData("cloud-custodian/test_eks_nodegroup_delete/eks.DescribeNodegroup_1.json", "deleted-example", "eu-central-1")]
        public void Eks_node_group_of_one_desired_node_is_a_spof(string file, string nodegroup, string region)
        {
            var audit = CorpusAudit.Of(file);

            // scalingConfig.desiredSize is 1: one node carries every pod of the group.
            Assert.Equal(new[] { "High SinglePointOfFailure/" + nodegroup, "Medium SingleRegionRisk/" + region }, audit.Findings);
            Assert.Contains(audit.Unread, u => u.Contains("ec2:DescribeSubnets"));
        }

        [Fact]
        public void Outputs_of_services_not_mapped_yet_are_a_warning_and_an_unread_entry_not_an_abort()
        {
            using var exports = new TemporaryExports();
            var distributions = exports.Write("cloudfront-list-distributions.json", "{\"DistributionList\": {\"Items\": []}}");

            var host = new RecordingHost();
            var model = AwsModelSource.FromFiles(AwsCorpus.Files("aws-cli/ec2-describe-instances-1.json").Append(distributions).ToArray(), host);

            Assert.Contains(host.Warnings, w => w.Contains("aws cloudfront list-distributions") && w.Contains("does not map"));
            Assert.Contains(model.Provenance.Unread, u => u.Part == "cloudfront:ListDistributions");
            Assert.Single(model.Components); // the instance is still audited
        }

        [Fact]
        public void Recorded_auto_scaling_group_over_three_zones_has_only_the_region_risk()
        {
            var audit = CorpusAudit.Of(
                "cloud-custodian/test_asg_tag/autoscaling.DescribeAutoScalingGroups_1.json",
                "cloud-custodian/test_asg_tag/ec2.DescribeInstances_1.json");

            // CustodianASG runs one instance in each of us-west-2a, 2b and 2c.
            Assert.Equal(new[] { "Medium SingleRegionRisk/us-west-2" }, audit.Findings);
            Assert.Equal(3, audit.Model!.FindComponent("CustodianASG")!.Instances.Count);
            Assert.Empty(audit.Unread);
        }

        [Fact]
        public void Recorded_classic_load_balancer_over_one_instance()
        {
            var audit = CorpusAudit.Of(
                "cloud-custodian/test_elb_instance_filter/elasticloadbalancing.DescribeLoadBalancers_1.json",
                "cloud-custodian/test_elb_instance_filter/ec2.DescribeInstances_1.json");

            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/BalancedInstance", // the ELB "balanced" has one registered instance
                    "High SingleZoneRisk/us-east-1d",             // which runs in us-east-1d
                    "Medium SingleRegionRisk/us-east-1",
                },
                audit.Findings);
            Assert.Equal(new[] { "balanced" }, audit.Model!.Entrypoints); // internet-facing
        }

        [Fact]
        public void Recorded_instance_alone_is_a_spof()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_elb_instance_filter/ec2.DescribeInstances_1.json");

            Assert.Equal(
                new[] { "High SingleZoneRisk/us-east-1d", "High SinglePointOfFailure/BalancedInstance", "Medium SingleRegionRisk/us-east-1" }.OrderBy(s => s, System.StringComparer.Ordinal),
                audit.Findings);
        }

        [Fact]
        public void Recorded_cache_clusters_of_one_group_all_in_one_zone()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_elasticache_cluster_simple/elasticache.DescribeCacheClusters_1.json");

            Assert.Equal(
                new[]
                {
                    "High SingleZoneRisk/us-east-1d",  // myec-001, -002 and -003 are all in us-east-1d
                    "Medium DataLossRisk/myec",        // replicas are asynchronous
                    "Medium FailoverRisk/myec",        // failover setting not exported: taken as manual, and said so
                    "Medium SingleRegionRisk/us-east-1",
                },
                audit.Findings);
            Assert.Contains(audit.Warnings, w => w.Contains("myec") && w.Contains("describe-replication-groups"));
        }

        [Fact]
        public void Recorded_subnets_in_one_zone_with_instances_in_it()
        {
            var audit = CorpusAudit.Of(
                "cloud-custodian/ec2_igw_subnet/ec2.DescribeInstances_1.json",
                "cloud-custodian/ec2_igw_subnet/ec2.DescribeRouteTables_1.json",
                "cloud-custodian/ec2_igw_subnet/ec2.DescribeSubnets_1.json");

            // Five untagged instances, each its own component, all in us-east-1a; no NAT on any default route.
            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/i-05799f38ad9df4c34",
                    "High SinglePointOfFailure/i-07b1657fdb879c149",
                    "High SinglePointOfFailure/i-08d26c9b0862f70c8",
                    "High SinglePointOfFailure/i-0a716d83bebb7ad43",
                    "High SinglePointOfFailure/i-0ed351953eb1132ef",
                    "High SingleZoneRisk/us-east-1a",
                    "Medium SingleRegionRisk/us-east-1",
                },
                audit.Findings);
            Assert.DoesNotContain(audit.Warnings, w => w.Contains("Route table"));
        }

        [Fact]
        public void Recorded_standalone_databases_one_zone_each()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_rds_minor_upgrade_unavailable/rds.DescribeDBInstances_1.json");

            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/c7n-mysql-test-01", // three single-AZ MySQL instances, no standby
                    "High SinglePointOfFailure/c7n-mysql-test-02",
                    "High SinglePointOfFailure/c7n-mysql-test-03",
                    "High SingleZoneRisk/us-east-1d",              // test-02
                    "High SingleZoneRisk/us-east-1e",              // test-01 and test-03
                    "Medium SingleRegionRisk/us-east-1",
                },
                audit.Findings);
        }

        [Fact]
        public void Recorded_database_whose_arn_and_zone_disagree_is_one_clear_error()
        {
            var audit = CorpusAudit.Of("cloud-custodian/test_rds_retention/rds.DescribeDBInstances_1.json");

            // The recording's ARNs say us-west-2 while three instances name us-east-1 zones: the data contradicts itself.
            Assert.Contains("qapipfitread is in region us-west-2 but names zone us-east-1b", audit.ErrorText);
            Assert.All(audit.Error!.Diagnostics, d => Assert.Equal("RegionConflict", d.Code));
        }

        [Fact]
        public void Recorded_aurora_clusters_with_their_instances()
        {
            var audit = CorpusAudit.Of(
                "cloud-custodian/test_rdssubnetgroup_unused/rds.DescribeDBClusters_1.json",
                "cloud-custodian/test_rdssubnetgroup_unused/rds.DescribeDBInstances_1.json");

            Assert.Equal(
                new[]
                {
                    "High SinglePointOfFailure/database-2", // single-AZ MySQL
                    "High SinglePointOfFailure/database-3", // Aurora with one writer and no reader
                    "High SinglePointOfFailure/database-4", // single-AZ PostgreSQL
                    "High SingleZoneRisk/us-east-1a",       // database-2
                    "High SingleZoneRisk/us-east-1d",       // database-3's writer and database-4
                    "Medium SingleRegionRisk/us-east-1",    // database-1 is Aurora Serverless v1: regional, no zone
                },
                audit.Findings);
            Assert.DoesNotContain(audit.Warnings, w => w.Contains("DB cluster"));
        }

        private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
            System.IO.Path.GetDirectoryName(path)!;
    }
}
