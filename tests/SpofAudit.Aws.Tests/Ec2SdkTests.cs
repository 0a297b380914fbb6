using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.EC2;
using Amazon.EC2.Model;
using SpofAudit.Aws.Client;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// EC2 (and the account, through STS) is read through the AWS SDK: the requests are the SDK's, its typed states reach
    /// the inventory, and what the SDK cannot read is a malformed response; everything else about a call is proved by
    /// the tests of every call, which run the same whichever client sends it.
    /// </summary>
    public sealed class Ec2SdkTests : IDisposable
    {
        private readonly FakeAwsServer _server = new FakeAwsServer();
        private readonly AuditProfile _profile = new AuditProfile(withSessionToken: false);

        public void Dispose()
        {
            _server.Dispose();
            _profile.Dispose();
        }

        private AwsAuditOptions Options() => _profile.Options(_server.Endpoint.ToString());

        private static string Recorded(string name) => File.ReadAllText(Path.Combine(FakeAwsServer.RecordedDirectory, name));

        [Fact]
        public async Task EC2_and_STS_calls_are_made_by_their_AWS_SDK_clients_with_their_own_retries_off_and_the_other_services_by_the_Query_client()
        {
            await AwsAudit.BuildModelAsync(Options(), new RecordingHost());

            var requests = _server.Requests.ToArray();
            var bySdk = requests.Where(r => r.Service == "ec2" || r.Service == "sts").ToArray();
            Assert.Equal(
                new[] { "ec2 DescribeInstances", "ec2 DescribeNatGateways", "ec2 DescribeRouteTables", "ec2 DescribeSubnets", "sts GetCallerIdentity" },
                bySdk.Select(r => r.Service + " " + r.Action).Distinct().OrderBy(a => a, StringComparer.Ordinal));
            Assert.All(bySdk, r =>
            {
                Assert.True(r.Headers.TryGetValue("user-agent", out var agent), "no User-Agent on " + r);
                Assert.StartsWith("aws-sdk-dotnet-", agent);
                Assert.Contains(r.Service == "ec2" ? " api/EC2#" : " api/STS#", agent);
                Assert.Equal("attempt=1; max=1", r.Headers["amz-sdk-request"]); // SpofAudit's RetryPolicy retries, not the SDK
            });
            Assert.All(requests.Except(bySdk), r => Assert.False(r.Headers.ContainsKey("amz-sdk-request"), r.ToString()));
        }

        [Fact]
        public async Task A_response_AWSSDK_EC2_cannot_read_is_a_malformed_response_naming_the_call()
        {
            // Well-formed XML, but an instance state code that is not a number: the SDK's typed reader refuses it.
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeInstances" && r.Param("NextToken") != null
                ? (200, Recorded("ec2.DescribeInstances.eyJ2IjoiMiIsImMiOiJwYWdlMiJ9.xml").Replace("<code>16</code>", "<code>sixteen</code>"))
                : null);

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(Options(), new RecordingHost()));

            Assert.Equal("AwsMalformedResponse", error.ErrorId);
            Assert.StartsWith("ec2:DescribeInstances in us-east-1: the AWS SDK cannot read the response", error.Message);
            Assert.Contains("sixteen", error.Message);
        }

        [Fact]
        public async Task An_EC2_answer_shaped_for_another_call_is_refused_not_read_as_an_empty_page()
        {
            // The SDK alone would read a DescribeSubnetsResponse as a DescribeInstances page with no instances.
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeInstances" ? (200, Recorded("ec2.DescribeSubnets.xml")) : null);

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(Options(), new RecordingHost()));

            Assert.Equal("AwsMalformedResponse", error.ErrorId);
            Assert.Equal("ec2:DescribeInstances in us-east-1: expected a DescribeInstancesResponse document, got <DescribeSubnetsResponse>", error.Message);
        }

        [Fact]
        public async Task Route_NAT_gateway_and_instance_states_read_through_AWSSDK_EC2_reach_the_inventory()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(
                r.Action == "DescribeRouteTables"
                    ? (200, Recorded("ec2.DescribeRouteTables.xml").Replace("<natGatewayId>nat-0a1b2c3d4e5f60001</natGatewayId><state>active</state>", "<natGatewayId>nat-0a1b2c3d4e5f60001</natGatewayId><state>blackhole</state>"))
                : r.Action == "DescribeNatGateways"
                    ? (200, Recorded("ec2.DescribeNatGateways.xml").Replace("<state>available</state>", "<state>deleted</state>"))
                : null);
            var credentials = new Amazon.Runtime.BasicAWSCredentials(AuditProfile.AccessKey, AuditProfile.SecretKey);
            using var client = new AwsQueryClient(credentials, _server.Endpoint, new RetryPolicy());
            using var ec2 = new Ec2SdkReader(credentials, client.Runner);
            using var sts = new StsAccountReader(credentials, client.Runner);
            var reader = new AwsInventoryReader(new QueryInventoryReader(client), ec2, sts);

            var inventory = await AwsAudit.ReadAsync(reader, new[] { "us-east-1" }, new RecordingHost());

            var privateTable = Assert.Single(inventory.RouteTables, t => t.RouteTableId == "rtb-0private000000001");
            Assert.Equal(new[] { "active", "blackhole" }, privateTable.Routes.Select(r => r.State));
            Assert.True(privateTable.Routes.Single(r => r.IsDefault).IsBlackhole);
            Assert.Equal("deleted", Assert.Single(inventory.NatGateways).State);
            Assert.Equal("stopped", Assert.Single(inventory.Instances, i => i.InstanceId == "i-0a1b2c3d4e5f60009").State);
            Assert.Equal("running", Assert.Single(inventory.Instances, i => i.InstanceId == "i-0a1b2c3d4e5f60002").State);
            Assert.All(_server.Requests.Where(r => r.Service == "ec2"), r => Assert.Contains(" api/EC2#", r.Headers["user-agent"]));
        }

        [Fact]
        public async Task The_SDK_s_transport_refuses_a_non_read_action_before_anything_is_sent()
        {
            var runner = new AwsCallRunner(_server.Endpoint, new RetryPolicy(), new AwsClientLimits(), new RecordingHost());
            using var http = new BoundedHttpClientFactory(AwsService.Ec2, "us-east-1", runner.Limits);
            var config = new AmazonEC2Config();
            SdkExchange.Configure(config, runner, AwsService.Ec2, "us-east-1", http);
            using var client = new AmazonEC2Client(new Amazon.Runtime.BasicAWSCredentials(AuditProfile.AccessKey, AuditProfile.SecretKey), config);

            await Assert.ThrowsAsync<InvalidOperationException>(() => client.TerminateInstancesAsync(new TerminateInstancesRequest { InstanceIds = new List<string> { "i-1" } }));

            Assert.Empty(_server.Requests);
        }

        [Fact]
        public void The_SDK_s_typed_states_and_absent_states_map_as_an_export_s_do()
        {
            var inventory = new Inventory.AwsInventory();
            Parsing.Ec2ResponseMapper.RouteTables(
                new DescribeRouteTablesResponse
                {
                    RouteTables = new List<RouteTable>
                    {
                        new RouteTable
                        {
                            RouteTableId = "rtb-1",
                            VpcId = "vpc-1",
                            Associations = new List<RouteTableAssociation> { new RouteTableAssociation { SubnetId = "subnet-1", Main = false } },
                            Routes = new List<Route>
                            {
                                new Route { DestinationCidrBlock = "0.0.0.0/0", InstanceId = "i-nat", State = RouteState.Blackhole },
                                new Route { DestinationCidrBlock = "10.0.0.0/16", GatewayId = "local" }, // no state: active, as the export reader reads it
                            },
                        },
                    },
                },
                "us-east-1",
                inventory);
            Parsing.Ec2ResponseMapper.NatGateways(
                new DescribeNatGatewaysResponse
                {
                    NatGateways = new List<NatGateway>
                    {
                        new NatGateway { NatGatewayId = "nat-1", SubnetId = "subnet-2", State = NatGatewayState.Deleting },
                        new NatGateway { NatGatewayId = "nat-2", SubnetId = "subnet-3" }, // no state: unknown, never assumed available
                    },
                },
                "us-east-1",
                inventory);
            Parsing.Ec2ResponseMapper.Instances(
                new DescribeInstancesResponse
                {
                    Reservations = new List<Reservation>
                    {
                        new Reservation { Instances = new List<Instance> { new Instance { InstanceId = "i-1", State = new InstanceState { Name = InstanceStateName.ShuttingDown } } } },
                    },
                },
                "us-east-1",
                inventory);

            var table = Assert.Single(inventory.RouteTables);
            Assert.Equal(new[] { "blackhole", "active" }, table.Routes.Select(r => r.State));
            Assert.Equal(new[] { "subnet-1" }, table.SubnetIds);
            Assert.False(table.IsMain);
            Assert.Equal(new[] { "deleting", "unknown" }, inventory.NatGateways.Select(g => g.State));
            Assert.Equal("shutting-down", Assert.Single(inventory.Instances).State);
        }

        [Fact]
        public void A_typed_resource_without_its_id_is_a_malformed_response()
        {
            var error = Assert.Throws<Parsing.AwsResponseException>(() => Parsing.Ec2ResponseMapper.NatGateways(
                new DescribeNatGatewaysResponse { NatGateways = new List<NatGateway> { new NatGateway { NatGatewayId = "nat-1" } } },
                "us-east-1",
                new Inventory.AwsInventory()));

            Assert.Equal("ec2:DescribeNatGateways in us-east-1: NAT gateway nat-1: the field SubnetId is missing", error.Message);
        }
    }
}
