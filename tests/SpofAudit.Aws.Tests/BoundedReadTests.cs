using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Aws.Client;

namespace SpofAudit.Aws.Tests
{
    /// <summary>A hostile or broken endpoint cannot make a live read unbounded, nor make it hand credentials or answers to another host.</summary>
    public sealed class BoundedReadTests : IDisposable
    {
        private readonly FakeAwsServer _server = new FakeAwsServer();
        private readonly AuditProfile _profile = new AuditProfile(withSessionToken: true);

        public void Dispose()
        {
            _server.Dispose();
            _profile.Dispose();
        }

        private AwsAuditOptions Options() => _profile.Options(_server.Endpoint.ToString());

        private static string InstancesPage(string token) =>
            $"<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r-1</requestId><reservationSet/><nextToken>{token}</nextToken></DescribeInstancesResponse>";

        [Fact]
        public async Task An_endless_chain_of_new_page_tokens_ends_at_the_page_budget_with_a_warning_and_an_incomplete_mark()
        {
            var pages = 0;
            _server.Script = r => Task.FromResult<(int, string)?>(
                r.Action == "DescribeInstances" ? (200, InstancesPage("t" + Interlocked.Increment(ref pages))) : null);
            var host = new RecordingHost();

            // The default budget: the old client followed new tokens for 100,000 pages.
            var audit = AwsAudit.BuildModelAsync(Options(), host);
            var finished = await Task.WhenAny(audit, Task.Delay(TimeSpan.FromSeconds(60)));

            Assert.Same(audit, finished);
            var model = await audit;
            Assert.True(pages <= new AwsClientLimits().MaxPagesPerCall, pages.ToString());
            Assert.Contains(host.Warnings, w => w.StartsWith("ec2:DescribeInstances in us-east-1 was not read: ", StringComparison.Ordinal) && w.Contains("pages", StringComparison.Ordinal));
            Assert.Contains("incomplete, not read: ec2:DescribeInstances in us-east-1", Assert.Single(model.Sources));
        }

        [Fact]
        public async Task A_call_whose_pages_outlast_its_time_budget_ends_with_a_warning_and_an_incomplete_mark()
        {
            var pages = 0;
            _server.Script = async r =>
            {
                if (r.Action != "DescribeSubnets")
                {
                    return null;
                }

                await Task.Delay(150);
                return (200, $"<DescribeSubnetsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r-1</requestId><subnetSet/><nextToken>s{Interlocked.Increment(ref pages)}</nextToken></DescribeSubnetsResponse>");
            };
            var options = Options();
            options.Limits = new AwsClientLimits { CallBudget = TimeSpan.FromSeconds(1) };
            var host = new RecordingHost();
            var clock = Stopwatch.StartNew();

            var model = await AwsAudit.BuildModelAsync(options, host);

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), clock.Elapsed.ToString());
            Assert.Contains(host.Warnings, w => w.StartsWith("ec2:DescribeSubnets in us-east-1 was not read: ", StringComparison.Ordinal) && w.Contains("1 s", StringComparison.Ordinal));
            Assert.Contains("incomplete, not read: ec2:DescribeSubnets in us-east-1", Assert.Single(model.Sources));
        }

        [Fact]
        public async Task An_oversized_streamed_response_is_cut_off_at_the_limit_not_buffered_and_not_downloaded_again()
        {
            var sent = 0L;
            _server.RawScript = async (request, response) =>
            {
                if (request.Action != "DescribeInstances")
                {
                    return false;
                }

                // Chunked, no length announced: only reading it tells its size. Stops at 256 MiB if nobody hangs up.
                response.StatusCode = 200;
                response.SendChunked = true;
                var chunk = Encoding.UTF8.GetBytes("<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><reservationSet>" + new string(' ', 64 * 1024));
                try
                {
                    while (Interlocked.Read(ref sent) < 256L * 1024 * 1024)
                    {
                        await response.OutputStream.WriteAsync(chunk, 0, chunk.Length);
                        Interlocked.Add(ref sent, chunk.Length);
                    }

                    response.Close();
                }
                catch (Exception e) when (e is IOException || e is System.Net.HttpListenerException || e is ObjectDisposedException)
                {
                    // the client hung up, as it should
                }

                return true;
            };
            var options = Options();
            options.Limits = new AwsClientLimits { MaxResponseBytes = 1024 * 1024 };
            var host = new RecordingHost();

            var model = await AwsAudit.BuildModelAsync(options, host);

            Assert.True(Interlocked.Read(ref sent) < 64L * 1024 * 1024, $"{Interlocked.Read(ref sent)} bytes were sent before the client stopped reading");
            Assert.Single(_server.Requests, r => r.Action == "DescribeInstances");
            Assert.Contains(host.Warnings, w => w.StartsWith("ec2:DescribeInstances in us-east-1 was not read: ", StringComparison.Ordinal) && w.Contains("1 MiB", StringComparison.Ordinal));
            Assert.Contains("incomplete, not read: ec2:DescribeInstances in us-east-1", Assert.Single(model.Sources));
        }

        [Fact]
        public async Task A_response_announcing_an_oversized_length_is_refused_before_its_body_is_read()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeSubnets" ? (200, new string(' ', 2 * 1024 * 1024)) : null);
            var options = Options();
            options.Limits = new AwsClientLimits { MaxResponseBytes = 1024 * 1024 };
            var host = new RecordingHost();

            var model = await AwsAudit.BuildModelAsync(options, host);

            Assert.Contains(host.Warnings, w => w.StartsWith("ec2:DescribeSubnets in us-east-1 was not read: ", StringComparison.Ordinal) && w.Contains("1 MiB", StringComparison.Ordinal));
            Assert.Single(_server.Requests, r => r.Action == "DescribeSubnets");
            Assert.Contains("incomplete, not read: ec2:DescribeSubnets in us-east-1", Assert.Single(model.Sources));
        }

        [Fact]
        public async Task A_redirect_to_another_host_is_not_followed_gets_no_credential_and_its_answers_are_not_the_audit()
        {
            // The other host would answer with the whole recorded account, so following it would end in a clean audit.
            using var elsewhere = new FakeAwsServer();
            elsewhere.Script = r => Task.FromResult<(int, string)?>((200, File.ReadAllText(Path.Combine(FakeAwsServer.RecordedDirectory, "sts.GetCallerIdentity.xml"))));
            _server.RawScript = (request, response) =>
            {
                response.StatusCode = 307;
                response.RedirectLocation = elsewhere.Endpoint.ToString();
                response.Close();
                return Task.FromResult(true);
            };

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(Options(), new RecordingHost()));

            Assert.Empty(elsewhere.Requests);
            Assert.Equal("AwsRequestFailed", error.ErrorId);
            Assert.Contains("redirect", error.Message);
            Assert.Contains(elsewhere.Endpoint.Authority, error.Message);
            Assert.DoesNotContain(AuditProfile.SessionToken, error.Message);
        }

        [Fact]
        public async Task A_redirect_of_AssumeRole_is_not_followed_and_no_other_host_s_credentials_become_the_audit_s()
        {
            using var elsewhere = new FakeAwsServer();
            elsewhere.Script = r => Task.FromResult<(int, string)?>((200, $"""
                <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                  <AssumeRoleResult>
                    <AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/SpofAuditReader/spofaudit</Arn><AssumedRoleId>AROA3XFRBF535PLBIFPI4:spofaudit</AssumedRoleId></AssumedRoleUser>
                    <Credentials><AccessKeyId>ASIAELSEWHERE</AccessKeyId><SecretAccessKey>elsewhereSecret</SecretAccessKey><SessionToken>elsewhereToken</SessionToken><Expiration>{DateTime.UtcNow.AddHours(1):yyyy-MM-ddTHH:mm:ssZ}</Expiration></Credentials>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>c6104cbe-example</RequestId></ResponseMetadata>
                </AssumeRoleResponse>
                """));
            _server.RawScript = (request, response) =>
            {
                if (request.Action != "AssumeRole")
                {
                    return Task.FromResult(false);
                }

                response.StatusCode = 307;
                response.RedirectLocation = elsewhere.Endpoint.ToString();
                response.Close();
                return Task.FromResult(true);
            };
            var options = Options();
            options.RoleArn = "arn:aws:iam::123456789012:role/SpofAuditReader";

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(options, new RecordingHost()));

            Assert.Empty(elsewhere.Requests);
            Assert.Equal("AwsAssumeRoleFailed", error.ErrorId);
            Assert.Contains("never follows", error.Message);
            Assert.DoesNotContain(AuditProfile.SessionToken, error.Message);
            Assert.Single(_server.Requests);
        }

        [Fact]
        public async Task A_redirect_on_the_same_host_is_not_followed_either_so_no_request_is_sent_twice()
        {
            _server.RawScript = (request, response) =>
            {
                if (request.Path != "/")
                {
                    return Task.FromResult(false);
                }

                response.StatusCode = 307;
                response.RedirectLocation = new Uri(_server.Endpoint, "/elsewhere").ToString();
                response.Close();
                return Task.FromResult(true);
            };

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => AwsAudit.BuildModelAsync(Options(), new RecordingHost()));

            Assert.Single(_server.Requests);
            Assert.Contains("HTTP 307", error.Message);
        }
    }
}
