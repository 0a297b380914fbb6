using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using SpofAudit.Aws.Client;

namespace SpofAudit.Aws.Tests
{
    /// <summary>What an admin sees while a live read runs: bounded waits on a dead endpoint, monotonic progress, a debug line per call.</summary>
    public sealed class SessionFeedbackTests : IDisposable
    {
        private readonly FakeAwsServer _server = new FakeAwsServer();
        private readonly AuditProfile _profile = new AuditProfile(withSessionToken: true);

        public void Dispose()
        {
            _server.Dispose();
            _profile.Dispose();
        }

        // The default retry policy: its waits are what these tests measure.
        private AwsAuditOptions Options(string endpoint) => new AwsAuditOptions
        {
            Regions = new[] { "us-east-1" },
            ProfileName = "audit",
            ProfilesLocation = _profile.Location,
            EndpointUrl = endpoint,
        };

        [Fact]
        public async Task A_dead_endpoint_fails_within_seconds_naming_endpoint_call_and_what_to_check_and_says_so_as_it_retries()
        {
            var endpoint = $"http://127.0.0.1:{FakeAwsServer.FreePort()}/"; // nothing listens there: connection refused
            var host = new RecordingHost();
            var clock = Stopwatch.StartNew();

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(Options(endpoint), host)); // the default retry policy

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), clock.Elapsed.ToString());
            Assert.Equal("AwsRequestFailed", error.ErrorId);
            Assert.Contains("sts:GetCallerIdentity in us-east-1", error.Message);
            Assert.Contains(endpoint, error.Message);
            Assert.Contains("Check", error.Message);
            Assert.Contains(host.Verbose, v => v.StartsWith("Retrying sts GetCallerIdentity in us-east-1 after ", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_blackholed_endpoint_is_bounded_by_the_attempt_timeout_and_each_wait_is_reported()
        {
            // Accepts connections and never answers, as a firewall that drops replies or a hung proxy.
            var silent = new TcpListener(IPAddress.Loopback, 0);
            silent.Start();
            try
            {
                var endpoint = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/";
                var options = Options(endpoint);
                options.Limits = new AwsClientLimits { AttemptTimeout = TimeSpan.FromMilliseconds(500) };
                var host = new RecordingHost();
                var clock = Stopwatch.StartNew();

                var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(options, host));

                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), clock.Elapsed.ToString());
                Assert.Contains("no answer within 0.5 s", error.Message);
                Assert.Contains(endpoint, error.Message);
                Assert.Contains(host.Verbose, v => v.StartsWith("Retrying sts GetCallerIdentity in us-east-1 after no answer within 0.5 s", StringComparison.Ordinal));
                Assert.Contains(host.Progress, p => p.Contains("retrying sts GetCallerIdentity", StringComparison.Ordinal));
            }
            finally
            {
                silent.Stop();
            }
        }

        [Fact]
        public async Task Progress_over_two_regions_never_goes_backwards_and_ends_at_100()
        {
            // eu-west-1 holds nothing: every call answers an empty page in its documented shape.
            _server.Script = r => Task.FromResult<(int, string)?>(
                r.Region == "eu-west-1" && r.Action != "GetCallerIdentity" ? (200, LiveAuditTests.EmptyPage(r, null, null)) : null);
            var options = Options(_server.Endpoint.ToString());
            options.Regions = new[] { "us-east-1", "eu-west-1" };
            var host = new RecordingHost();

            await AwsAudit.BuildModelAsync(options, host);

            Assert.True(host.Percents.Count > 20, string.Join(", ", host.Progress));
            for (var i = 1; i < host.Percents.Count; i++)
            {
                Assert.True(host.Percents[i] >= host.Percents[i - 1], $"{host.Progress[i - 1]} then {host.Progress[i]}");
            }

            Assert.Equal(100, host.Percents[host.Percents.Count - 1]);
            Assert.Contains(host.Progress, p => p.Contains("eu-west-1: DescribeInstances", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Each_AWS_call_is_a_debug_line_with_service_action_region_host_status_duration_and_pages_and_never_a_secret()
        {
            var host = new RecordingHost();

            await AwsAudit.BuildModelAsync(Options(_server.Endpoint.ToString()), host);

            var instances = host.Debug.Where(d => d.Contains("ec2 DescribeInstances", StringComparison.Ordinal)).ToArray();
            Assert.Contains(instances, d => d.Contains("in us-east-1", StringComparison.Ordinal) && d.Contains("127.0.0.1", StringComparison.Ordinal)
                && d.Contains("HTTP 200", StringComparison.Ordinal) && d.Contains(" ms", StringComparison.Ordinal) && d.Contains("page 2", StringComparison.Ordinal));
            Assert.Contains(instances, d => d.Contains("2 pages", StringComparison.Ordinal));
            foreach (var call in new[] { "sts GetCallerIdentity", "elasticloadbalancing DescribeTargetHealth", "rds DescribeDBClusters", "elasticache DescribeReplicationGroups" })
            {
                Assert.Contains(host.Debug, d => d.Contains(call, StringComparison.Ordinal));
            }

            var signatures = _server.Requests.Select(r => r.Signature).ToArray();
            Assert.All(host.Debug, d =>
            {
                Assert.DoesNotContain(AuditProfile.AccessKey, d);
                Assert.DoesNotContain(AuditProfile.SecretKey, d);
                Assert.DoesNotContain(AuditProfile.SessionToken, d);
                Assert.DoesNotContain("Signature", d);
                Assert.DoesNotContain(signatures, s => d.Contains(s, StringComparison.Ordinal));
            });
        }
    }
}
