using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SpofAudit.Sources;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// Which credentials and region a live read uses, in AWS.Tools' order: keys given for the read, a profile
    /// (name or file), the session's stored keys, the SDK chain; -Region, the session's default region, the chain.
    /// The signing scope of what the fake endpoint receives tells which won.
    /// </summary>
    public sealed class CredentialSourcesTests : IDisposable
    {
        private const string ProfileKey = "AKIDPROFILEEXAMPLE";
        private const string ProfileSecret = "profileSecretExampleKeyForSpofAudit12345";
        private const string GivenKey = "ASIAGIVENEXAMPLE";
        private const string GivenSecret = "givenSecretExampleKeyForSpofAudit1234567";
        private const string GivenToken = "FwoGZXIvYXdzGIVENsessionTOKEN";
        private const string StoredKey = "AKIDSTOREDEXAMPLE";
        private const string StoredSecret = "storedSecretExampleKeyForSpofAudit123456";

        private readonly FakeAwsServer _server = new FakeAwsServer();
        private readonly string _profiles = Path.Combine(Path.GetTempPath(), $"spof-aws-credentials-{Guid.NewGuid():N}");

        public CredentialSourcesTests()
        {
            File.WriteAllText(_profiles, $"[default]\naws_access_key_id = {ProfileKey}\naws_secret_access_key = {ProfileSecret}\nregion = ap-southeast-2\n");
        }

        public void Dispose()
        {
            _server.Dispose();
            File.Delete(_profiles);
        }

        private Task Read(AwsReadOptions options)
        {
            options.EndpointUrl = _server.Endpoint.ToString();
            return ModelSources.Aws(options).ReadAsync(new RecordingHost(), default);
        }

        private static AwsKeys Given => new AwsKeys(GivenKey, GivenSecret, GivenToken, "-Credential");

        private static AwsKeys Stored => new AwsKeys(StoredKey, StoredSecret, null, "$StoredAWSCredentials");

        [Fact]
        public async Task Keys_given_for_the_read_sign_every_request_with_their_session_token_and_win_over_profile_and_session()
        {
            await Read(new AwsReadOptions { Regions = new[] { "us-east-1" }, Credential = Given, ProfileLocation = _profiles, SessionCredential = Stored });

            Assert.All(_server.Requests, r =>
            {
                Assert.Equal(GivenKey, r.AccessKey);
                Assert.Equal(GivenToken, r.Headers["x-amz-security-token"]);
                Assert.Equal(SigV4Reference.ExpectedSignature(r, GivenSecret), r.Signature);
            });
        }

        [Fact]
        public async Task A_profile_location_alone_reads_that_file_s_default_profile_keys_and_region()
        {
            if (Environment.GetEnvironmentVariable("AWS_REGION") != null || Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION") != null)
            {
                return; // the environment's region rightly wins over the profile's
            }

            await Read(new AwsReadOptions { ProfileLocation = _profiles, SessionCredential = Stored });

            Assert.NotEmpty(_server.Requests);
            Assert.All(_server.Requests, r =>
            {
                Assert.Equal(ProfileKey, r.AccessKey);
                Assert.Equal("ap-southeast-2", r.Region);
            });
        }

        [Fact]
        public async Task The_session_s_stored_keys_are_used_when_no_key_or_profile_is_given()
        {
            await Read(new AwsReadOptions { Regions = new[] { "us-east-1" }, SessionCredential = Stored });

            Assert.NotEmpty(_server.Requests);
            Assert.All(_server.Requests, r =>
            {
                Assert.Equal(StoredKey, r.AccessKey);
                Assert.False(r.Headers.ContainsKey("x-amz-security-token"));
                Assert.Equal(SigV4Reference.ExpectedSignature(r, StoredSecret), r.Signature);
            });
        }

        [Fact]
        public async Task The_session_s_default_region_is_read_when_no_region_is_given_and_a_given_region_wins_over_it()
        {
            await Read(new AwsReadOptions { DefaultRegion = "eu-north-1", Credential = Given, ProfileLocation = _profiles });
            Assert.All(_server.Requests, r => Assert.Equal("eu-north-1", r.Region));

            while (_server.Requests.TryDequeue(out _))
            {
            }

            await Read(new AwsReadOptions { Regions = new[] { "ca-central-1" }, DefaultRegion = "eu-north-1", Credential = Given });
            Assert.NotEmpty(_server.Requests);
            Assert.All(_server.Requests, r => Assert.Equal("ca-central-1", r.Region));
        }

        [Fact]
        public async Task Keys_without_a_secret_are_one_clear_error_naming_where_they_came_from()
        {
            var error = await Assert.ThrowsAsync<AwsAuditException>(() =>
                Read(new AwsReadOptions { Regions = new[] { "us-east-1" }, Credential = new AwsKeys(GivenKey, string.Empty, null, "-Credential") }));

            Assert.Equal("AwsCredentialInvalid", error.ErrorId);
            Assert.Contains("-Credential", error.Message);
            Assert.DoesNotContain(GivenKey, error.Message);
            Assert.Empty(_server.Requests);
        }
    }
}
