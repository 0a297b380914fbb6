using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Analysis;
using SpofAudit.Aws.Client;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Aws.Tests
{
    /// <summary>The live audit against a local endpoint serving the recorded account in the documented response shapes.</summary>
    public sealed class LiveAuditTests : IDisposable
    {
        private static readonly string[] Services = { "sts", "ec2", "elasticloadbalancing", "autoscaling", "rds", "elasticache" };

        private readonly FakeAwsServer _server = new FakeAwsServer();
        private readonly AuditProfile _profile = new AuditProfile();

        public void Dispose()
        {
            _server.Dispose();
            _profile.Dispose();
        }

        private AwsAuditOptions Options(RetryPolicy? retry = null) => _profile.Options(_server.Endpoint.ToString(), retry);

        private Task<SpofModel> Audit(RecordingHost host, RetryPolicy? retry = null) => AwsAudit.BuildModelAsync(Options(retry), host);

        [Fact]
        public async Task The_recorded_account_read_live_gives_the_model_and_findings_of_its_export()
        {
            var host = new RecordingHost();
            var live = await Audit(host);
            var exported = AwsModelSource.FromFiles(RecordedAccount.ExportFiles(), new RecordingHost());

            Assert.Equal("aws-123456789012", live.Name);
            Assert.Equal(exported.Components.Select(Describe).OrderBy(s => s), live.Components.Select(Describe).OrderBy(s => s));
            var analyzer = new SpofAnalyzer();
            Assert.Equal(
                analyzer.Analyze(exported).Findings.Select(f => f.Id + " " + string.Join(">", f.Path)),
                analyzer.Analyze(live).Findings.Select(f => f.Id + " " + string.Join(">", f.Path)));
            Assert.Contains(analyzer.Analyze(live).Findings, f => f.Id == "SingleZoneRisk/us-east-1a");
            Assert.Empty(host.Warnings);
            Assert.Contains(host.Progress, p => p.Contains("us-east-1: DescribeInstances", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Every_request_is_a_SigV4_signed_read_for_its_service_and_region()
        {
            await Audit(new RecordingHost());

            var requests = _server.Requests.ToArray();
            Assert.Equal(Services.OrderBy(s => s), requests.Select(r => r.Service).Distinct().OrderBy(s => s));
            Assert.All(requests, r =>
            {
                Assert.Equal("POST", r.Method);
                Assert.True(r.IsSigV4, "Authorization header: " + (r.Headers.TryGetValue("authorization", out var a) ? a : "(none)"));
                Assert.Equal(AuditProfile.AccessKey, r.AccessKey);
                Assert.Equal("us-east-1", r.Region);
                Assert.Matches("^(Describe|List|Get)", r.Action);
                Assert.Contains("host", r.SignedHeaders.Split(';'));
                Assert.Contains("x-amz-date", r.SignedHeaders.Split(';'));
                Assert.Equal(SigV4Reference.ExpectedSignature(r, AuditProfile.SecretKey), r.Signature);
                Assert.DoesNotContain(AuditProfile.SecretKey, r.Body + string.Join(" ", r.Headers.Values));
            });

            // The Action's service matches the signing scope (e.g. DescribeLoadBalancers is elasticloadbalancing).
            Assert.Contains(requests, r => r.Action == "DescribeLoadBalancers" && r.Service == "elasticloadbalancing" && r.Param("Version") == "2015-12-01");
            Assert.Contains(requests, r => r.Action == "DescribeDBInstances" && r.Service == "rds");
            Assert.Contains(requests, r => r.Action == "GetCallerIdentity" && r.Service == "sts");

            // Both pages of DescribeInstances were read, the second with the first one's token.
            var pages = requests.Where(r => r.Action == "DescribeInstances").ToArray();
            Assert.Equal(2, pages.Length);
            Assert.Null(pages[0].Param("NextToken"));
            Assert.Equal("eyJ2IjoiMiIsImMiOiJwYWdlMiJ9", pages[1].Param("NextToken"));
            Assert.Equal(
                "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/shop-web-tg/73e2d6bc24d8a067",
                requests.Single(r => r.Action == "DescribeTargetHealth").Param("TargetGroupArn"));
        }

        /// <summary>
        /// Each paginated call's request parameter and response field, as the AWS API reference names them: an
        /// oracle independent of the client's own table.
        /// </summary>
        public static TheoryData<string, string, string> PaginatedCalls => new TheoryData<string, string, string>
        {
            { "DescribeSubnets", "NextToken", "nextToken" },
            { "DescribeRouteTables", "NextToken", "nextToken" },
            { "DescribeNatGateways", "NextToken", "nextToken" },
            { "DescribeLoadBalancers", "Marker", "NextMarker" },
            { "DescribeTargetGroups", "Marker", "NextMarker" },
            { "DescribeAutoScalingGroups", "NextToken", "NextToken" },
            { "DescribeDBInstances", "Marker", "Marker" },
            { "DescribeDBClusters", "Marker", "Marker" },
            { "DescribeReplicationGroups", "Marker", "Marker" },
        };

        [Theory]
        [MemberData(nameof(PaginatedCalls))]
        public async Task Every_call_reads_every_page_with_its_service_s_token(string action, string requestToken, string responseToken)
        {
            // The first page is empty but for the token; the recorded resources only come on the second page.
            const string token = "page-2-token";
            _server.Script = r => Task.FromResult<(int, string)?>(
                r.Action != action ? null
                : r.Param(requestToken) == null ? (200, EmptyPage(r, responseToken, token))
                : r.Param(requestToken) == token ? (200, File.ReadAllText(Path.Combine(FakeAwsServer.RecordedDirectory, $"{r.Service}.{action}.xml")))
                : FakeAwsServer.QueryError(400, "InvalidParameterValue", "unexpected token"));

            var model = await Audit(new RecordingHost());
            var pages = _server.Requests.Where(r => r.Action == action).ToArray();
            _server.Script = null;
            var expected = await Audit(new RecordingHost());

            Assert.Equal(2, pages.Length);
            Assert.Null(pages[0].Param(requestToken));
            Assert.Equal(token, pages[1].Param(requestToken));
            Assert.Equal(expected.Components.Select(Describe).OrderBy(s => s), model.Components.Select(Describe).OrderBy(s => s));
        }

        [Fact]
        public async Task Several_regions_are_each_read_with_every_call_signed_for_that_region()
        {
            // eu-west-1 holds nothing: every call answers an empty page in its documented shape.
            _server.Script = r => Task.FromResult<(int, string)?>(
                r.Region == "eu-west-1" && r.Action != "GetCallerIdentity" ? (200, EmptyPage(r, null, null)) : null);
            var options = Options();
            options.Regions = new[] { "us-east-1", "eu-west-1" };
            var host = new RecordingHost();

            var model = await AwsAudit.BuildModelAsync(options, host);

            var calls = AwsInventoryReader.Calls.Select(c => c.Action).ToArray();
            foreach (var region in options.Regions)
            {
                var asked = _server.Requests.Where(r => r.Region == region).Select(r => r.Action).ToHashSet();
                Assert.All(calls, action => Assert.Contains(action, asked));
            }

            Assert.Contains(host.Progress, p => p.Contains("region 1 of 2: us-east-1", StringComparison.Ordinal));
            Assert.Contains(host.Progress, p => p.Contains("region 2 of 2: eu-west-1", StringComparison.Ordinal));
            Assert.Contains("regions us-east-1, eu-west-1", Assert.Single(model.Sources));
            Assert.NotNull(model.FindComponent("shop-alb"));
        }

        /// <summary>A page with no resources in the call's documented shape, optionally carrying a next-page token.</summary>
        internal static string EmptyPage(ReceivedRequest request, string? tokenField, string? token)
        {
            var tokenElement = tokenField == null ? string.Empty : $"<{tokenField}>{token}</{tokenField}>";
            return request.Service == "ec2"
                ? $"<{request.Action}Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r-1</requestId>{tokenElement}</{request.Action}Response>"
                : $"<{request.Action}Response><{request.Action}Result>{tokenElement}</{request.Action}Result><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></{request.Action}Response>";
        }

        [Fact]
        public async Task Throttling_and_server_errors_are_retried()
        {
            var subnets = 0;
            var balancers = 0;
            _server.Script = r => Task.FromResult<(int, string)?>(
                r.Action == "DescribeSubnets" && Interlocked.Increment(ref subnets) <= 2 ? FakeAwsServer.Ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.")
                : r.Action == "DescribeLoadBalancers" && Interlocked.Increment(ref balancers) <= 1 ? FakeAwsServer.QueryError(400, "Throttling", "Rate exceeded")
                : null);

            var model = await Audit(new RecordingHost());

            Assert.Equal(3, subnets);
            Assert.Equal(2, balancers);
            Assert.NotNull(model.FindComponent("shop-nat"));
        }

        [Fact]
        public async Task Endless_throttling_fails_within_the_time_bound()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(
                r.Action == "DescribeRouteTables" ? FakeAwsServer.Ec2Error(503, "RequestLimitExceeded", "Request limit exceeded.") : null);
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<AwsAuditException>(() =>
                Audit(new RecordingHost(), new RetryPolicy(maxAttempts: 50, baseDelay: TimeSpan.FromMilliseconds(20), maxDelay: TimeSpan.FromMilliseconds(200), budget: TimeSpan.FromSeconds(1))));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
            Assert.Equal("AwsRequestFailed", error.ErrorId);
            Assert.Contains("ec2:DescribeRouteTables in us-east-1 still failed after", error.Message);
            Assert.Contains("RequestLimitExceeded", error.Message);
        }

        [Fact]
        public async Task Access_denied_on_one_service_is_a_warning_naming_the_IAM_action_and_the_audit_goes_on()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeDBInstances"
                ? FakeAwsServer.QueryError(403, "AccessDenied", "User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: rds:DescribeDBInstances")
                : null);
            var host = new RecordingHost();

            var model = await Audit(host);

            Assert.Contains(host.Warnings, w => w.StartsWith("Access denied for rds:DescribeDBInstances in us-east-1 (AccessDenied)", StringComparison.Ordinal));
            Assert.Contains(host.Warnings, w => w.Contains("shop-web is tagged to depend on shop-db, which was not discovered", StringComparison.Ordinal));
            Assert.Null(model.FindComponent("shop-db"));
            Assert.NotNull(model.FindComponent("shop-web"));
            Assert.Contains("incomplete, not read: rds:DescribeDBInstances in us-east-1", Assert.Single(model.Sources));
            Assert.Equal(model.Sources, new SpofAnalyzer().Analyze(model).Sources);
            var said = string.Join("\n", host.Warnings.Concat(host.Verbose).Concat(host.Progress).Concat(model.Sources));
            Assert.DoesNotContain(AuditProfile.SecretKey, said);
            Assert.DoesNotContain(AuditProfile.AccessKey, said);
        }

        [Fact]
        public async Task EC2_UnauthorizedOperation_is_a_gap_too()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeNatGateways"
                ? FakeAwsServer.Ec2Error(403, "UnauthorizedOperation", "You are not authorized to perform this operation.")
                : null);
            var host = new RecordingHost();

            var model = await Audit(host);

            Assert.Contains(host.Warnings, w => w.StartsWith("Access denied for ec2:DescribeNatGateways in us-east-1", StringComparison.Ordinal));
            Assert.Contains(host.Warnings, w => w.Contains("NAT gateway nat-0a1b2c3d4e5f60001 is on a default route but was not read", StringComparison.Ordinal));
            Assert.Null(model.FindComponent("shop-nat"));
        }

        [Fact]
        public async Task Malformed_XML_is_an_error_naming_the_call()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeNatGateways"
                ? (200, "<DescribeNatGatewaysResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><natGatewaySet><item><natGatewayId>nat-1</natGatewayId>")
                : null);

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => Audit(new RecordingHost()));

            Assert.Equal("AwsMalformedResponse", error.ErrorId);
            Assert.StartsWith("ec2:DescribeNatGateways in us-east-1: the response is not well-formed XML", error.Message);
        }

        [Fact]
        public async Task A_response_missing_a_required_field_is_an_error()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeSubnets"
                ? (200, "<DescribeSubnetsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><subnetSet><item><subnetId>subnet-1</subnetId></item></subnetSet></DescribeSubnetsResponse>")
                : null);

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => Audit(new RecordingHost()));

            Assert.Equal("AwsMalformedResponse", error.ErrorId);
            Assert.Contains("the field AvailabilityZone is missing", error.Message);
        }

        [Fact]
        public async Task Cancellation_stops_a_waiting_audit_promptly()
        {
            _server.Script = async r =>
            {
                if (r.Action == "DescribeSubnets")
                {
                    await Task.Delay(TimeSpan.FromSeconds(20));
                }

                return null;
            };
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var clock = Stopwatch.StartNew();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Audit(new RecordingHost(cancel.Token)));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        }

        [Fact]
        public async Task A_non_read_action_is_refused_before_anything_is_sent()
        {
            using var client = new AwsQueryClient(new Amazon.Runtime.BasicAWSCredentials(AuditProfile.AccessKey, AuditProfile.SecretKey), _server.Endpoint, new RetryPolicy());

            await Assert.ThrowsAsync<InvalidOperationException>(() =>
                client.SendAsync(AwsService.Ec2, "us-east-1", "TerminateInstances", Array.Empty<System.Collections.Generic.KeyValuePair<string, string>>(), CancellationToken.None));

            Assert.Empty(_server.Requests);
        }

        [Fact]
        public async Task Without_a_region_the_profile_s_region_is_read()
        {
            if (Environment.GetEnvironmentVariable("AWS_REGION") != null || Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") != null)
            {
                return; // the environment's region rightly wins over the profile's
            }

            File.AppendAllText(_profile.Location, "region = eu-west-3\n");
            var options = Options();
            options.Regions = Array.Empty<string>();

            await AwsAudit.BuildModelAsync(options, new RecordingHost());

            // The fake endpoint answers with the same recording whatever the region; the signing scope tells what was asked.
            Assert.All(_server.Requests, r => Assert.Equal("eu-west-3", r.Region));
        }

        [Fact]
        public async Task An_unknown_profile_is_one_clear_error_without_secrets()
        {
            var options = Options();
            options.ProfileName = "nope";

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(options, new RecordingHost()));

            Assert.Equal("AwsProfileNotFound", error.ErrorId);
            Assert.Contains("'nope'", error.Message);
            Assert.DoesNotContain(AuditProfile.SecretKey, error.ToString());
            Assert.Empty(_server.Requests);
        }

        [Fact]
        public async Task Assuming_a_role_signs_every_read_with_the_role_session()
        {
            const string roleKey = "ASIAROLEEXAMPLE";
            const string roleSecret = "roleSecretExampleKeyForSpofAudit1234567";
            const string roleToken = "FwoGZXIvYXdzEXAMPLEsessionTOKEN";
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "AssumeRole"
                ? (200, $"""
                    <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                      <AssumeRoleResult>
                        <AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/SpofAuditReader/spofaudit</Arn><AssumedRoleId>AROA3XFRBF535PLBIFPI4:spofaudit</AssumedRoleId></AssumedRoleUser>
                        <Credentials><AccessKeyId>{roleKey}</AccessKeyId><SecretAccessKey>{roleSecret}</SecretAccessKey><SessionToken>{roleToken}</SessionToken><Expiration>{DateTime.UtcNow.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}</Expiration></Credentials>
                      </AssumeRoleResult>
                      <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-example</RequestId></ResponseMetadata>
                    </AssumeRoleResponse>
                    """)
                : null);
            var options = Options();
            options.RoleArn = "arn:aws:iam::123456789012:role/SpofAuditReader";

            var model = await AwsAudit.BuildModelAsync(options, new RecordingHost());

            Assert.NotNull(model.FindComponent("shop-alb"));
            var requests = _server.Requests.ToArray();
            var assume = Assert.Single(requests, r => r.Action == "AssumeRole");
            Assert.Equal("sts", assume.Service);
            Assert.Equal(AuditProfile.AccessKey, assume.AccessKey);
            Assert.Equal("arn:aws:iam::123456789012:role/SpofAuditReader", assume.Param("RoleArn"));
            Assert.All(requests.Where(r => r.Action != "AssumeRole"), r =>
            {
                Assert.Equal(roleKey, r.AccessKey);
                Assert.Equal(roleToken, r.Headers["x-amz-security-token"]);
                Assert.Contains("x-amz-security-token", r.SignedHeaders.Split(';'));
                Assert.Equal(SigV4Reference.ExpectedSignature(r, roleSecret), r.Signature);
            });
        }

        private static string Describe(Component c) =>
            $"{c.Name} {c.Kind} {c.Scope} [{string.Join(",", c.Instances.Select(i => i.Name + "@" + i.Zone))}] [{string.Join(",", c.Zones)}] " +
            $"[{string.Join(";", c.DependsOn.Select(d => d.Form + ":" + string.Join("|", d.Members) + (d.Soft ? "~" : string.Empty)))}] [{string.Join(",", c.Owners)}]";
    }
}
