using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SpofAudit.Cli;

namespace SpofAudit.Aws.Tests
{
    /// <summary><c>spofaudit report</c> over AWS CLI exports and over a live (local) account.</summary>
    public sealed class CliAwsTests : IDisposable
    {
        private readonly FakeAwsServer _server = new FakeAwsServer();

        static CliAwsTests()
        {
            // The CLI takes credentials from the SDK's chain; only this class relies on the environment.
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        }

        public void Dispose() => _server.Dispose();

        private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var exit = SpofCli.Run(args, stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }

        [Fact]
        public void Report_reads_AWS_CLI_exports()
        {
            var (exit, stdout, stderr) = Run(new[] { "report" }.Concat(RecordedAccount.ExportFiles()).Concat(new[] { "--format", "json", "--fail-on", "high" }).ToArray());

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, stderr);
            Assert.Contains("\"model\": \"aws-123456789012\"", stdout);
            Assert.Contains("\"id\": \"SingleZoneRisk/us-east-1a\"", stdout);
            Assert.Contains("\"path\": [\"shop-alb\", \"shop-web\", \"shop-nat\", \"us-east-1a\"]", stdout);
        }

        [Fact]
        public void Report_reads_a_live_account_with_a_progress_line()
        {
            var (exit, stdout, stderr) = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString(), "--format", "json");

            Assert.Equal(0, exit);
            Assert.Contains("\"id\": \"SingleZoneRisk/us-east-1a\"", stdout);
            Assert.Equal("spofaudit: Reading AWS inventory: region 1 of 1: us-east-1" + Environment.NewLine, stderr);
        }

        [Fact]
        public void Profile_location_reads_the_default_profile_of_that_file_and_debug_lines_show_with_verbose()
        {
            var file = Path.Combine(Path.GetTempPath(), $"spof-cli-credentials-{Guid.NewGuid():N}");
            File.WriteAllText(file, "[default]\naws_access_key_id = AKIDCLIFILE\naws_secret_access_key = cliSecretExampleKeyForSpofAudit123456789\n");
            try
            {
                var (exit, _, stderr) = Run("report", "--aws", "--region", "us-east-1", "--profile-location", file, "--endpoint-url", _server.Endpoint.ToString(), "--format", "json", "--verbose");

                Assert.Equal(0, exit);
                Assert.All(_server.Requests, r => Assert.Equal("AKIDCLIFILE", r.AccessKey));
                Assert.Contains("debug: AWS ec2 DescribeInstances in us-east-1 at 127.0.0.1:", stderr);
                Assert.DoesNotContain("AKIDCLIFILE", stderr);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void A_dead_endpoint_shows_each_retry_without_verbose_and_ends_in_one_error_line_naming_it()
        {
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            var endpoint = $"http://127.0.0.1:{((System.Net.IPEndPoint)probe.LocalEndpoint).Port}/";
            probe.Stop(); // nothing listens there now: connection refused

            var (exit, _, stderr) = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint);

            Assert.NotEqual(0, exit);
            Assert.Contains("spofaudit: Reading AWS inventory: us-east-1: retrying sts GetCallerIdentity (attempt 2 of at most 3)", stderr);
            Assert.Contains($"sts:GetCallerIdentity in us-east-1 still failed after 3 attempts", stderr);
            Assert.Contains(endpoint, stderr);
        }

        [Fact]
        public void Profile_location_without_aws_is_a_usage_error()
        {
            var (exit, _, stderr) = Run("report", "x.yaml", "--profile-location", "credentials");

            Assert.Equal(2, exit);
            Assert.Contains("--profile-location needs --aws", stderr);
        }

        [Fact]
        public void AWS_ENDPOINT_URL_is_honoured_and_verbose_output_holds_no_credentials()
        {
            // Only this class's tests run the CLI without --endpoint-url, and a class's tests run one at a time.
            Environment.SetEnvironmentVariable(AwsAudit.EndpointVariable, _server.Endpoint.ToString());
            try
            {
                var (exit, stdout, stderr) = Run("report", "--aws", "--region", "us-east-1", "--verbose", "--format", "json");

                Assert.Equal(0, exit);
                Assert.Contains("\"id\": \"SingleZoneRisk/us-east-1a\"", stdout);
                Assert.Contains(_server.Requests, r => r.Action == "DescribeInstances");
                Assert.Contains("Auditing AWS account 123456789012 in us-east-1.", stderr);
                Assert.Contains("DescribeReplicationGroups", stderr); // a progress line of every call
                Assert.DoesNotContain("AKIDEXAMPLE", stdout + stderr);
                Assert.DoesNotContain("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", stdout + stderr);
            }
            finally
            {
                Environment.SetEnvironmentVariable(AwsAudit.EndpointVariable, null);
            }
        }

        [Fact]
        public void Access_denied_is_a_warning_line_and_the_report_is_still_made()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeReplicationGroups"
                ? FakeAwsServer.QueryError(403, "AccessDenied", "not authorized to perform: elasticache:DescribeReplicationGroups")
                : null);

            var (exit, stdout, stderr) = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString());

            Assert.Equal(0, exit);
            Assert.Contains("spofaudit: warning: Access denied for elasticache:DescribeReplicationGroups in us-east-1", stderr);
            Assert.Contains("SingleZoneRisk", stdout);
            Assert.DoesNotContain("shop-sessions", stdout);
            const string missing = "aws account 123456789012, regions us-east-1; incomplete, not read: elasticache:DescribeReplicationGroups in us-east-1: AccessDenied: ";
            Assert.Contains(Environment.NewLine + "Incomplete inventory: " + missing, stdout);

            // Every format a CI job reads says it too; a complete audit's JSON keeps the documented shape.
            var json = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString(), "--format", "json").Stdout;
            var incomplete = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("incomplete");
            Assert.StartsWith(missing, Assert.Single(incomplete.EnumerateArray()).GetString());
            Assert.Contains("**Incomplete inventory:** aws account 123456789012", Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString(), "--format", "markdown").Stdout);
            _server.Script = null;
            json = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString(), "--format", "json").Stdout;
            Assert.False(System.Text.Json.JsonDocument.Parse(json).RootElement.TryGetProperty("incomplete", out _));
        }

        [Fact]
        public void A_partial_read_does_not_pass_fail_on_unless_accepted_and_findings_at_the_threshold_still_exit_1()
        {
            var endpoint = _server.Endpoint.ToString();
            Assert.Equal(0, Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint, "--fail-on", "critical").Exit);

            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeReplicationGroups"
                ? FakeAwsServer.QueryError(403, "AccessDenied", "not authorized to perform: elasticache:DescribeReplicationGroups")
                : null);

            var (exit, stdout, stderr) = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint, "--fail-on", "critical");
            Assert.Equal(ExitCodes.IncompleteInventory, exit);
            Assert.Contains("Incomplete inventory: ", stdout);
            var last = stderr.TrimEnd().Split(Environment.NewLine).Last();
            Assert.StartsWith("spofaudit: --fail-on critical does not pass on an incomplete inventory (aws account 123456789012", last);
            Assert.EndsWith("pass --allow-incomplete to accept a partial read", last);

            Assert.Equal(0, Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint, "--fail-on", "critical", "--allow-incomplete").Exit);
            Assert.Equal(ExitCodes.FindingsAtThreshold, Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint, "--fail-on", "high").Exit);
            Assert.Equal(0, Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint).Exit);
        }

        [Fact]
        public void Impact_reads_a_live_account()
        {
            var (exit, stdout, stderr) = Run("impact", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString(), "--fail", "us-east-1a", "--format", "json");

            Assert.True(exit == 0, stderr);
            Assert.Contains(_server.Requests, r => r.Action == "DescribeNatGateways");
            Assert.Contains("\"shop-alb\"", stdout);
            var fromExports = Run(new[] { "impact", "--fail", "us-east-1a", "--format", "json" }.Concat(RecordedAccount.ExportFiles()).ToArray());
            Assert.Equal(fromExports.Stdout, stdout);
            Assert.Equal("spofaudit: Reading AWS inventory: region 1 of 1: us-east-1" + Environment.NewLine, stderr);
        }

        [Fact]
        public void Graph_reads_a_live_account_and_marks_its_single_points_of_failure()
        {
            var (exit, stdout, stderr) = Run("graph", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString(), "--format", "dot");

            Assert.True(exit == 0, stderr);
            Assert.StartsWith("digraph", stdout);
            Assert.Contains("shop-nat", stdout);

            // The live read and the CLI exports of the same recorded account are one model, so one graph.
            Assert.Equal(Run(new[] { "graph", "--format", "dot" }.Concat(RecordedAccount.ExportFiles()).ToArray()).Stdout, stdout);
        }

        [Fact]
        public void Availability_reads_a_live_account()
        {
            var (exit, stdout, stderr) = Run("availability", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString(), "--format", "json");

            Assert.True(exit == 0, stderr);
            Assert.Contains("\"shop-alb\"", stdout);
            Assert.Contains(_server.Requests, r => r.Action == "DescribeDBInstances");
        }

        [Theory]
        [InlineData("spofaudit: --region needs --aws", "impact", "x.yaml", "--fail", "web", "--region", "us-east-1")]
        [InlineData("spofaudit: --overlay needs --aws", "graph", "x.yaml", "--format", "dot", "--overlay", "o.yaml")]
        [InlineData("spofaudit: give either FILE arguments or --aws, not both ('x.yaml'); overlays go with --overlay", "availability", "--aws", "x.yaml")]
        public void Every_command_reports_AWS_usage_mistakes_in_one_line(string message, params string[] args)
        {
            var (exit, stdout, stderr) = Run(args);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.Equal(message + Environment.NewLine, stderr);
        }

        [Fact]
        public void Cancelling_a_live_audit_stops_it_promptly_with_exit_130()
        {
            _server.Script = async r =>
            {
                if (r.Action == "DescribeSubnets")
                {
                    await Task.Delay(TimeSpan.FromSeconds(20));
                }

                return null;
            };
            using var cancel = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var clock = System.Diagnostics.Stopwatch.StartNew();

            var exit = SpofCli.Run(new[] { "report", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString() }, stdout, stderr, cancel.Token);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
            Assert.Equal(130, exit);
            Assert.Equal(string.Empty, stdout.ToString());
            Assert.EndsWith("spofaudit: cancelled" + Environment.NewLine, stderr.ToString());
        }

        [Fact]
        public void Malformed_responses_and_usage_mistakes_are_one_line_and_exit_2()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeLoadBalancers" ? (200, "<oops") : null);
            var (exit, stdout, stderr) = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", _server.Endpoint.ToString());
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, stdout);
            var lines = stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length); // the progress line, then the error
            Assert.StartsWith("spofaudit: elasticloadbalancing:DescribeLoadBalancers in us-east-1: the response is not well-formed XML", lines[1]);

            (exit, _, stderr) = Run("report", "--region", "us-east-1");
            Assert.Equal(2, exit);
            Assert.Equal("spofaudit: --region needs --aws" + Environment.NewLine, stderr);

            (exit, _, stderr) = Run("report", "--aws", "x.yaml");
            Assert.Equal(2, exit);
            Assert.StartsWith("spofaudit: give either FILE arguments or --aws", stderr);

            (exit, _, stderr) = Run("report", "--aws", "--region", "us-east-1", "--endpoint-url", "not a url");
            Assert.Equal(2, exit);
            Assert.StartsWith("spofaudit: The endpoint 'not a url' is not an absolute http:// or https:// URL", stderr);
        }
    }
}
