using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Azure;
using SpofAudit.Sources;
using SpofAudit.Sourcing;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// The factory both faces get their sources from: what they bind (Sources' options) reaches the providers, every
    /// read ends with the summary line, and a live read that fails surfaces as the core's SourceFailureException.
    /// </summary>
    public sealed class ModelSourcesTests : IDisposable
    {
        private readonly FakeAwsServer _server = new FakeAwsServer();

        static ModelSourcesTests()
        {
            // The same fake credentials CliAwsTests puts in the environment: the factory takes the SDK's chain.
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        }

        public void Dispose() => _server.Dispose();

        [Fact]
        public async Task A_file_source_reads_like_FileModelSource_and_ends_with_the_summary_line()
        {
            var files = RecordedAccount.ExportFiles();
            var host = new RecordingHost();

            var model = await ModelSources.Files(files).ReadAsync(host, CancellationToken.None);

            Assert.Equal(FileModelSource.Load(files, new RecordingHost()).Components.Select(c => c.Name), model.Components.Select(c => c.Name));
            Assert.Equal(ModelSummary.Describe(model), host.Verbose.Last());
        }

        [Fact]
        public async Task A_file_source_reports_a_bad_file_through_its_task()
        {
            var read = ModelSources.Files(new[] { RecordedAccount.File("no-such-file.yaml") }).ReadAsync(new RecordingHost(), CancellationToken.None);

            await Assert.ThrowsAsync<Diagnostics.SpofInputException>(() => read);
        }

        [Fact]
        public async Task An_AWS_source_reads_the_account_its_options_name()
        {
            var host = new RecordingHost();
            var source = ModelSources.Aws(new AwsReadOptions { Regions = new[] { "us-east-1" }, EndpointUrl = _server.Endpoint.ToString() });

            var model = await source.ReadAsync(host, CancellationToken.None);

            Assert.Equal("aws-123456789012", model.Name);
            Assert.Contains(_server.Requests, r => r.Action == "DescribeInstances");
            Assert.Equal(ModelSummary.Describe(model), host.Verbose.Last());
        }

        [Fact]
        public async Task A_failed_AWS_read_is_the_core_exception_with_a_stable_id_and_kind()
        {
            _server.Script = r => Task.FromResult<(int, string)?>(r.Action == "DescribeLoadBalancers" ? (200, "<oops") : null);
            var source = ModelSources.Aws(new AwsReadOptions { Regions = new[] { "us-east-1" }, EndpointUrl = _server.Endpoint.ToString() });

            var error = await Assert.ThrowsAsync<AwsAuditException>(() => source.ReadAsync(new RecordingHost(), CancellationToken.None));

            SourceFailureException failure = error;
            Assert.Equal(SourceFailureKind.MalformedResponse, failure.Kind);
            Assert.Equal("AwsMalformedResponse", failure.ErrorId);
        }

        [Fact]
        public async Task An_AWS_source_honours_the_token_it_is_given()
        {
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            var source = ModelSources.Aws(new AwsReadOptions { Regions = new[] { "us-east-1" }, EndpointUrl = _server.Endpoint.ToString() });

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.ReadAsync(new RecordingHost(), cancelled.Token));
        }

        [Fact]
        public void The_environments_the_faces_offer_are_those_the_Azure_provider_resolves()
        {
            Assert.Equal(AzureClouds.Names, AzureEnvironments.Names);
            Assert.Equal(AzureClouds.Public, AzureEnvironments.Public);
        }

        [Fact]
        public void Every_sign_in_mode_the_faces_offer_has_an_Azure_sign_in()
        {
            foreach (AzureSignInMode mode in Enum.GetValues(typeof(AzureSignInMode)))
            {
                Assert.NotNull(ModelSources.Azure(new AzureReadOptions { SignIn = mode }));
            }

            Assert.Equal(Enum.GetNames(typeof(AzureSignIn)), Enum.GetNames(typeof(AzureSignInMode)));
        }
    }
}
