using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using Azure.Core.Pipeline;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Azure.Tests
{
    /// <summary>
    /// The live source against a local HTTPS server that answers in the shapes of the ARM subscription list and
    /// the Resource Graph resources API: paging, throttling, a forbidden subscription, malformed bodies.
    /// </summary>
    public sealed class ResourceGraphClientTests
    {
        private const string SubA = "aaaaaaaa-0000-0000-0000-000000000001";
        private const string SubB = "bbbbbbbb-0000-0000-0000-000000000002";

        private static readonly string SubscriptionList = JsonSerializer.Serialize(new
        {
            value = new[]
            {
                new { id = "/subscriptions/" + SubA, subscriptionId = SubA, displayName = "prod-1", state = "Enabled" },
                new { id = "/subscriptions/" + SubB, subscriptionId = SubB, displayName = "prod-2", state = "Enabled" },
            },
        });

        [Fact]
        public void PagesAreFollowedWithTheSkipTokenAndSignedWithTheToken()
        {
            var rows = FixtureRows("zone-redundant-webapp.json");
            using var server = new LocalHttpsServer(request =>
            {
                if (IsSubscriptionList(request))
                {
                    return new ServedResponse(200, SubscriptionList);
                }

                var query = Query(request);
                if (!query.Query.Contains("microsoft.web/sites", StringComparison.Ordinal))
                {
                    return Page(Array.Empty<string>(), null);
                }

                // The app-service family is served in two pages; every row lands in one of them.
                return query.SkipToken == null ? Page(rows.Take(4), "page-2-token") : Page(rows.Skip(4), null);
            });
            var credential = new FakeCredential();
            var host = new RecordingHost();

            var model = AzureInventorySource.Load(Options(server, credential, "prod-1"), host);

            var graphRequests = server.Requests.Where(r => r.Method == "POST").ToArray();
            Assert.All(graphRequests, r => Assert.Equal("/providers/Microsoft.ResourceGraph/resources?api-version=2022-10-01", r.Target));
            Assert.All(server.Requests, r => Assert.Equal("Bearer " + FakeCredential.Token, r.Headers["Authorization"]));
            Assert.Equal("https://management.azure.com/.default", credential.LastScope);
            var queries = graphRequests.Select(Query).ToArray();
            Assert.All(queries, q => Assert.Equal(new[] { SubA }, q.Subscriptions));
            Assert.All(queries, q => Assert.Equal(1000, q.Top));
            Assert.Equal(1, queries.Count(q => q.SkipToken == "page-2-token"));
            Assert.Equal(9, queries.Length); // eight families, one of them in two pages
            var findings = new SpofAnalyzer().Analyze(model).Findings.Select(f => f.Id).ToArray();
            Assert.Equal(new[] { "SingleRegionRisk/westeurope", "KnowledgeConcentration/alice+bob" }, findings);
            Assert.Equal("prod-1", model.Name);
            Assert.Contains(host.Progress, p => p.Contains("page 2", StringComparison.Ordinal));
        }

        [Fact]
        public void LiveAndExportedRowsGiveTheSameFindings()
        {
            var rows = FixtureRows("single-zone-webapp.json");
            using var server = new LocalHttpsServer(request => IsSubscriptionList(request)
                ? new ServedResponse(200, SubscriptionList)
                : Page(Query(request).Query.Contains("microsoft.compute/virtualmachines", StringComparison.Ordinal) ? rows : Array.Empty<string>(), null));

            var live = AzureInventorySource.Load(Options(server, new FakeCredential(), SubA), new RecordingHost());
            var exported = AzureExportLoader.Load(new[] { Fixtures.Path("single-zone-webapp.json") }, new RecordingHost());

            Assert.Equal(Findings(exported), Findings(live));
        }

        [Fact]
        public void SubscriptionsAreBatchedIntoEachFamilysQuery()
        {
            const string subC = "cccccccc-0000-0000-0000-000000000003";
            var list = JsonSerializer.Serialize(new
            {
                value = new[] { SubA, SubB, subC }.Select((id, i) => new { id = "/subscriptions/" + id, subscriptionId = id, displayName = "prod-" + (i + 1), state = "Enabled" }),
            });
            using var server = new LocalHttpsServer(request => IsSubscriptionList(request) ? new ServedResponse(200, list) : Page(Array.Empty<string>(), null));
            var options = Options(server, new FakeCredential());

            Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost())); // nothing deployed: no model

            // By default every enabled subscription goes into one request per family.
            var batches = server.Requests.Where(r => r.Method == "POST").Select(r => string.Join(",", Query(r).Subscriptions)).ToArray();
            Assert.Equal(Enumerable.Repeat($"{SubA},{SubB},{subC}", 8), batches);

            using var small = new LocalHttpsServer(request => IsSubscriptionList(request) ? new ServedResponse(200, list) : Page(Array.Empty<string>(), null));
            options = Options(small, new FakeCredential());
            options.SubscriptionBatchSize = 2;
            Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost()));
            batches = small.Requests.Where(r => r.Method == "POST").Select(r => string.Join(",", Query(r).Subscriptions)).ToArray();
            Assert.Equal(8, batches.Count(b => b == $"{SubA},{SubB}"));
            Assert.Equal(8, batches.Count(b => b == subC));
            Assert.Equal(16, batches.Length);
        }

        [Theory]
        [InlineData("AzureCloud", "management.azure.com", "https://management.azure.com/.default")]
        [InlineData("AzureChinaCloud", "management.chinacloudapi.cn", "https://management.chinacloudapi.cn/.default")]
        [InlineData("AzureUSGovernment", "management.usgovcloudapi.net", "https://management.usgovcloudapi.net/.default")]
        public void TheEnvironmentChoosesTheCloudsResourceManagerAndTokenAudience(string environment, string host, string scope)
        {
            var transport = new RecordingHandler(request => request.RequestUri!.AbsolutePath == "/subscriptions"
                ? SubscriptionList
                : "{\"totalRecords\": 0, \"count\": 0, \"data\": []}");
            var credential = new FakeCredential();
            var options = new AzureSourceOptions
            {
                Subscriptions = new[] { "prod-1" },
                Environment = environment,
                Credential = credential,
                Transport = new HttpClientTransport(transport),
                RetryDelay = TimeSpan.FromMilliseconds(10),
            };

            Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost())); // nothing deployed

            Assert.NotEmpty(transport.Hosts);
            Assert.All(transport.Hosts, h => Assert.Equal(host, h));
            Assert.Equal(scope, credential.LastScope);
        }

        [Fact]
        public void AnotherResourceManagerIsReadUnderItsPathWithTheEnvironmentsAudience()
        {
            // Azure Stack Hub and private clouds put Resource Manager at their own address, sometimes under a path.
            var transport = new RecordingHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/subscriptions", StringComparison.Ordinal)
                ? SubscriptionList
                : "{\"totalRecords\": 0, \"count\": 0, \"data\": []}");
            var credential = new FakeCredential();
            var options = new AzureSourceOptions
            {
                Subscriptions = new[] { "prod-1" },
                ResourceManagerEndpoint = "https://arm.stack.contoso.example/hub",
                Credential = credential,
                Transport = new HttpClientTransport(transport),
                RetryDelay = TimeSpan.FromMilliseconds(10),
            };

            Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost())); // nothing deployed

            Assert.Contains("https://arm.stack.contoso.example/hub/subscriptions", transport.Addresses);
            Assert.Contains("https://arm.stack.contoso.example/hub/providers/Microsoft.ResourceGraph/resources", transport.Addresses);
            Assert.All(transport.Hosts, h => Assert.Equal("arm.stack.contoso.example", h));
            Assert.Equal("https://management.azure.com/.default", credential.LastScope);
        }

        [Theory]
        [InlineData("http://127.0.0.1:8080/")]
        [InlineData("management.local.azurestack.external")]
        [InlineData("ftp://arm.contoso.example/")]
        [InlineData("https://")]
        public void AResourceManagerEndpointThatIsNotAnHttpsUrlIsOneErrorBeforeSignIn(string endpoint)
        {
            var credential = new FakeCredential();
            var options = new AzureSourceOptions { ResourceManagerEndpoint = endpoint, Credential = credential };

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost()));

            Assert.Equal(AzureDiagnosticCodes.AzureEndpointInvalid, error.First.Code);
            Assert.Equal(DiagnosticCategory.InvalidArgument, error.First.Category);
            Assert.Equal($"azure: the Resource Manager endpoint '{endpoint}' is not an absolute https:// URL", error.First.ToString().Split(" (")[0]);
            Assert.Equal(0, credential.Calls);
        }

        /// <summary>Answers every request in memory and keeps the hosts asked, so no request leaves the machine.</summary>
        private sealed class RecordingHandler : HttpMessageHandler
        {
            private readonly Func<HttpRequestMessage, string> _answer;

            public RecordingHandler(Func<HttpRequestMessage, string> answer)
            {
                _answer = answer;
            }

            public System.Collections.Concurrent.ConcurrentQueue<string> Hosts { get; } = new System.Collections.Concurrent.ConcurrentQueue<string>();

            /// <summary>Each request's scheme, host and path, without the query.</summary>
            public System.Collections.Concurrent.ConcurrentQueue<string> Addresses { get; } = new System.Collections.Concurrent.ConcurrentQueue<string>();

            protected override System.Threading.Tasks.Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                System.Threading.Tasks.Task.FromResult(Send(request, cancellationToken));

            protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Hosts.Enqueue(request.RequestUri!.Host);
                Addresses.Enqueue(request.RequestUri.GetLeftPart(UriPartial.Path));
                return new HttpResponseMessage(System.Net.HttpStatusCode.OK)
                {
                    Content = new StringContent(_answer(request), System.Text.Encoding.UTF8, "application/json"),
                };
            }
        }

        [Fact]
        public void TwentyThousandResourcesAreReadInSeconds()
        {
            // 20,000 VMs in 20 pages of 1000 rows, the way a large tenant answers the compute family.
            const int Count = 20_000;
            string Vm(int i) =>
                $"{{\"id\": \"/subscriptions/{SubA}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm-{i:D5}\", \"name\": \"vm-{i:D5}\", " +
                $"\"type\": \"microsoft.compute/virtualmachines\", \"location\": \"westeurope\", \"resourceGroup\": \"rg\", \"subscriptionId\": \"{SubA}\", " +
                $"\"zones\": [\"{i % 3 + 1}\"], \"tags\": {{\"Owner\": \"team-{i % 50}\"}}, \"properties\": {{\"hardwareProfile\": {{\"vmSize\": \"Standard_D2s_v5\"}}}}}}";
            using var server = new LocalHttpsServer(request =>
            {
                if (IsSubscriptionList(request))
                {
                    return new ServedResponse(200, SubscriptionList);
                }

                var query = Query(request);
                if (!query.Query.Contains("microsoft.compute/virtualmachines", StringComparison.Ordinal))
                {
                    return Page(Array.Empty<string>(), null);
                }

                var page = query.SkipToken == null ? 0 : int.Parse(query.SkipToken, System.Globalization.CultureInfo.InvariantCulture);
                var rows = Enumerable.Range(page * query.Top, Math.Min(query.Top, Count - page * query.Top)).Select(Vm);
                return Page(rows, (page + 1) * query.Top < Count ? (page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
            });
            var clock = Stopwatch.StartNew();

            var model = AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1"), new RecordingHost());

            Assert.Equal(Count, model.Components.Count);
            Assert.Equal(20, server.Requests.Count(r => r.Method == "POST" && Query(r).Query.Contains("microsoft.compute/virtualmachines", StringComparison.Ordinal)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        }

        [Fact]
        public void ThrottlingIsRetriedAfterRetryAfter()
        {
            var throttled = 0;
            using var server = new LocalHttpsServer(request =>
            {
                if (IsSubscriptionList(request))
                {
                    return new ServedResponse(200, SubscriptionList);
                }

                if (Interlocked.Increment(ref throttled) == 1)
                {
                    return new ServedResponse(429, "{\"error\": {\"code\": \"RateLimiting\", \"message\": \"Please wait.\"}}", new Dictionary<string, string> { ["Retry-After"] = "1" });
                }

                return throttled == 2 ? new ServedResponse(503, "{}") : Page(FixtureRows("availability-set.json"), null);
            });
            var clock = Stopwatch.StartNew();

            var model = AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1"), new RecordingHost());

            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed}, before Retry-After");
            Assert.NotNull(model.FindComponent("app-1"));
        }

        /// <summary>Two subscriptions: prod-1 holds an availability set, prod-2 answers every query with 403.</summary>
        private static LocalHttpsServer ServerRefusingSecondSubscription() =>
            new LocalHttpsServer(request =>
            {
                if (IsSubscriptionList(request))
                {
                    return new ServedResponse(200, SubscriptionList);
                }

                var query = Query(request);
                if (query.Subscriptions.Contains(SubB))
                {
                    return new ServedResponse(403, "{\"error\": {\"code\": \"AuthorizationFailed\", \"message\": \"no access\"}}");
                }

                return Page(query.Query.Contains("microsoft.compute/virtualmachines", StringComparison.Ordinal) ? FixtureRows("availability-set.json") : Array.Empty<string>(), null);
            });

        [Fact]
        public void AForbiddenSubscriptionIsAWarningAndTheOthersAreAudited()
        {
            using var server = ServerRefusingSecondSubscription();
            var host = new RecordingHost();

            var model = AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1", "prod-2"), host);

            Assert.NotNull(model.FindComponent("app-lb"));
            var warning = Assert.Single(host.Warnings, w => !w.StartsWith("Nothing read faces users", StringComparison.Ordinal));
            Assert.Contains("prod-2", warning, StringComparison.Ordinal);
            Assert.Contains("Reader", warning, StringComparison.Ordinal);
            Assert.Equal(
                new[] { $"azure:/subscriptions/{SubA} (prod-1)", $"azure:/subscriptions/{SubB} (prod-2); incomplete, not read: no read access in Resource Graph (Reader role missing)" },
                model.Sources);
            // After the 403, prod-2 is not asked again for the later families.
            Assert.Equal(2, server.Requests.Count(r => r.Method == "POST" && Query(r).Subscriptions.Contains(SubB)));
        }

        [Fact]
        public void AForbiddenSubscriptionIsATypedUnreadPartOfItsSubscriptionSource()
        {
            using var server = ServerRefusingSecondSubscription();
            var host = new RecordingHost();

            var model = AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1", "prod-2"), host);

            Assert.Equal(new[] { InventorySourceKind.AzureSubscriptions, InventorySourceKind.AzureSubscriptions }, model.Provenance.Sources.Select(s => s.Kind));
            Assert.Equal(new[] { SubA }, model.Provenance.Sources[0].Names);
            var part = Assert.Single(model.Provenance.Unread);
            Assert.Same(model.Provenance.Sources[1], part.Source);
            Assert.Equal(SubB, part.Scope);
            Assert.Equal("Resource Graph", part.Part);
            Assert.Equal("403", part.Code);
            Assert.All(model.Components, c => Assert.StartsWith("/subscriptions/", Assert.Single(c.Origin.ResourceIds), StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void AnUnknownSubscriptionNameIsAWarningAndNoneLeftIsAnError()
        {
            using var server = new LocalHttpsServer(request => IsSubscriptionList(request) ? new ServedResponse(200, SubscriptionList) : Page(Array.Empty<string>(), null));
            var host = new RecordingHost();

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-9"), host));

            Assert.Contains(host.Warnings, w => w.Contains("'prod-9'", StringComparison.Ordinal));
            Assert.Equal(AzureDiagnosticCodes.NoSubscriptionReadable, error.First.Code);
            Assert.Contains("prod-1", error.First.Suggestion, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\"data\": [ {\"id\": ")]
        [InlineData("<html>proxy error</html>")]
        public void AMalformedResponseIsAnErrorNotACrash(string body)
        {
            using var server = new LocalHttpsServer(request => IsSubscriptionList(request) ? new ServedResponse(200, SubscriptionList) : new ServedResponse(200, body));

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1"), new RecordingHost()));

            Assert.Equal(AzureDiagnosticCodes.InvalidJson, error.First.Code);
            Assert.StartsWith("azure: Azure returned a Resource Graph page (1) that is not valid JSON", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void TheSubscriptionListIsReadThroughArmClientOverEveryPage()
        {
            LocalHttpsServer? server = null;
            server = new LocalHttpsServer(request =>
            {
                if (request.Method == "GET" && request.Target.StartsWith("/subscriptions?", StringComparison.Ordinal))
                {
                    // The list comes in two pages: prod-2 only behind the nextLink.
                    return request.Target.Contains("page=2", StringComparison.Ordinal)
                        ? new ServedResponse(200, JsonSerializer.Serialize(new { value = new[] { new { id = "/subscriptions/" + SubB, subscriptionId = SubB, displayName = "prod-2", state = "Enabled" } } }))
                        : new ServedResponse(200, JsonSerializer.Serialize(new
                        {
                            value = new[] { new { id = "/subscriptions/" + SubA, subscriptionId = SubA, displayName = "prod-1", state = "Enabled" } },
                            nextLink = new Uri(server!.Endpoint, "subscriptions?api-version=2022-12-01&page=2").ToString(),
                        }));
                }

                return Page(Query(request).Query.Contains("microsoft.compute/virtualmachines", StringComparison.Ordinal) ? FixtureRows("availability-set.json") : Array.Empty<string>(), null);
            });
            using (server)
            {
                var model = AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-2"), new RecordingHost());

                Assert.NotNull(model.FindComponent("app-lb"));
                Assert.All(server.Requests.Where(r => r.Method == "POST"), r => Assert.Equal(new[] { SubB }, Query(r).Subscriptions));
                var list = server.Requests.Where(r => r.Method == "GET").ToArray();
                Assert.Equal(2, list.Length);
                Assert.All(list, r => Assert.Equal("Bearer " + FakeCredential.Token, r.Headers["Authorization"]));
                Assert.Contains("azsdk-net-ResourceManager", list[0].Headers["User-Agent"], StringComparison.Ordinal); // sent by ArmClient
            }
        }

        [Theory]
        [InlineData("{\"value\": [ {\"subscriptionId\": ")]
        [InlineData("<html>proxy error</html>")]
        public void AMalformedSubscriptionListIsAnErrorNotACrash(string body)
        {
            using var server = new LocalHttpsServer(request => IsSubscriptionList(request) ? new ServedResponse(200, body) : Page(Array.Empty<string>(), null));

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1"), new RecordingHost()));

            Assert.Equal(AzureDiagnosticCodes.InvalidJson, error.First.Code);
            Assert.StartsWith("azure: Azure returned the subscription list that is not valid JSON", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void AnAuthorizationFailureNamesTheStatusAndNeverTheToken()
        {
            using var server = new LocalHttpsServer(_ => new ServedResponse(401, "{\"error\": {\"code\": \"InvalidAuthenticationToken\", \"message\": \"The access token is invalid.\"}}"));
            var host = new RecordingHost();

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1"), host));

            Assert.Equal(AzureDiagnosticCodes.AzureRequestFailed, error.First.Code);
            Assert.Contains("HTTP 401: InvalidAuthenticationToken", error.Message, StringComparison.Ordinal);
            var everything = string.Join("\n", host.Warnings.Concat(host.Verbose).Concat(host.Progress).Append(error.ToString()));
            Assert.DoesNotContain(FakeCredential.Token, everything, StringComparison.Ordinal);
        }

        [Fact]
        public void AnUnreachableEndpointIsAnErrorNotACrash()
        {
            var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            closed.Start();
            var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
            closed.Stop();
            var options = new AzureSourceOptions
            {
                Subscriptions = new[] { "prod-1" },
                Credential = new FakeCredential(),
                ResourceManagerEndpoint = $"https://127.0.0.1:{port}/",
                RetryDelay = TimeSpan.FromMilliseconds(10),
            };

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost()));

            Assert.Equal(AzureDiagnosticCodes.AzureRequestFailed, error.First.Code);
            Assert.Contains($"cannot reach Azure Resource Manager at https://127.0.0.1:{port}/", error.Message, StringComparison.Ordinal);
            Assert.Equal("check the network, proxy (HTTPS_PROXY), the Resource Manager endpoint's address and that this machine trusts its certificate", error.First.Suggestion);
        }

        [Fact]
        public void AFailedSignInIsOneErrorBeforeAnyRequest()
        {
            using var server = new LocalHttpsServer(_ => new ServedResponse(200, SubscriptionList));
            var options = Options(server, new FakeCredential(), "prod-1");
            options.Credential = new RefusingCredential();

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost()));

            Assert.Equal(AzureDiagnosticCodes.AzureAuthenticationFailed, error.First.Code);
            Assert.Equal("azure: sign-in failed: no account is signed in", error.First.ToString().Split(" (")[0]);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void AFailedDefaultSignInIsAnAuthenticationErrorNamingEachCredentialsReason()
        {
            using var server = new LocalHttpsServer(_ => new ServedResponse(200, SubscriptionList));
            var options = Options(server, new FakeCredential(), "prod-1");
            options.Credential = new RefusingCredential(DefaultCredentialFailure);

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost()));

            var line = error.First.ToString();
            Assert.Equal(DiagnosticCategory.AuthenticationError, error.First.Category);
            Assert.DoesNotContain("\n", line, StringComparison.Ordinal);
            Assert.Contains("DefaultAzureCredential failed to retrieve a token from the included credentials: "
                + "EnvironmentCredential authentication unavailable. Environment variables are not fully configured; "
                + "WorkloadIdentityCredential authentication unavailable. The workload options are not fully configured", line, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", line, StringComparison.Ordinal);
            // The hint names each face's own switch, not a parameter that does not exist.
            Assert.Contains("-SignIn DeviceCode", line, StringComparison.Ordinal);
            Assert.Contains("--device-code", line, StringComparison.Ordinal);
        }

        /// <summary>
        /// DefaultAzureCredential's failure as Azure.Identity words it, recorded in a published troubleshooting page
        /// (an IIS app without AZURE_CLIENT_ID), with the SDK's troubleshooting links as it adds them.
        /// </summary>
        private const string DefaultCredentialFailure =
            "DefaultAzureCredential failed to retrieve a token from the included credentials. See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/defaultazurecredential/troubleshoot\n"
            + "- EnvironmentCredential authentication unavailable. Environment variables are not fully configured. See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/environmentcredential/troubleshoot\n"
            + "- WorkloadIdentityCredential authentication unavailable. The workload options are not fully configured. See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/workloadidentitycredential/troubleshoot";

        [Fact]
        public void CancellationStopsPromptly()
        {
            using var server = new LocalHttpsServer(request => IsSubscriptionList(request)
                ? new ServedResponse(200, SubscriptionList)
                : new ServedResponse(200, "{\"data\": []}", Delay: TimeSpan.FromSeconds(30)));
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
            var clock = Stopwatch.StartNew();

            Assert.ThrowsAny<OperationCanceledException>(() => AzureInventorySource.Load(Options(server, new FakeCredential(), "prod-1"), new RecordingHost(cancel.Token)));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed} to stop");
        }

        [Fact]
        public void ThrottlingBeyondTheTimeBudgetIsAnError()
        {
            using var server = new LocalHttpsServer(request => IsSubscriptionList(request)
                ? new ServedResponse(200, SubscriptionList)
                : new ServedResponse(429, "{}", new Dictionary<string, string> { ["Retry-After"] = "30" }));
            var options = Options(server, new FakeCredential(), "prod-1");
            options.Timeout = TimeSpan.FromSeconds(2);
            var clock = Stopwatch.StartNew();

            var error = Assert.Throws<SpofInputException>(() => AzureInventorySource.Load(options, new RecordingHost()));

            Assert.Equal(AzureDiagnosticCodes.AzureRequestFailed, error.First.Code);
            Assert.Contains("within 2 seconds", error.Message, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        }

        private sealed class RefusingCredential : global::Azure.Core.TokenCredential
        {
            private readonly string _message;

            public RefusingCredential(string message = "no account is signed in\nsee the troubleshooting guide")
            {
                _message = message;
            }

            public override global::Azure.Core.AccessToken GetToken(global::Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
                throw new global::Azure.Identity.CredentialUnavailableException(_message);

            public override System.Threading.Tasks.ValueTask<global::Azure.Core.AccessToken> GetTokenAsync(global::Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
                throw new global::Azure.Identity.CredentialUnavailableException(_message);
        }

        private static AzureSourceOptions Options(LocalHttpsServer server, FakeCredential credential, params string[] subscriptions)
        {
            var thumbprint = server.Certificate.Thumbprint;
            var handler = new HttpClientHandler
            {
                // Trust exactly the test's own certificate, nothing else.
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
            };
            return new AzureSourceOptions
            {
                Subscriptions = subscriptions,
                Credential = credential,
                Transport = new HttpClientTransport(handler),
                ResourceManagerEndpoint = server.Endpoint.ToString(),
                RetryDelay = TimeSpan.FromMilliseconds(50),
            };
        }

        private static bool IsSubscriptionList(ServedRequest request) =>
            request.Method == "GET" && request.Target.StartsWith("/subscriptions?api-version=", StringComparison.Ordinal);

        private static (string Query, string[] Subscriptions, int Top, string? SkipToken) Query(ServedRequest request)
        {
            using var body = JsonDocument.Parse(request.Body);
            var root = body.RootElement;
            var options = root.GetProperty("options");
            return (
                root.GetProperty("query").GetString()!,
                root.GetProperty("subscriptions").EnumerateArray().Select(s => s.GetString()!).ToArray(),
                options.GetProperty("$top").GetInt32(),
                options.TryGetProperty("$skipToken", out var token) ? token.GetString() : null);
        }

        private static ServedResponse Page(IEnumerable<string> rows, string? skipToken)
        {
            var data = rows.ToArray();
            var token = skipToken == null ? string.Empty : $", \"$skipToken\": \"{skipToken}\"";
            return new ServedResponse(200, $"{{\"totalRecords\": {data.Length}, \"count\": {data.Length}, \"resultTruncated\": \"false\"{token}, \"data\": [{string.Join(",", data)}]}}");
        }

        /// <summary>The rows of a recorded export, each as its JSON text.</summary>
        private static string[] FixtureRows(string fixture)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Fixtures.Path(fixture)));
            var rows = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement : document.RootElement.GetProperty("data");
            return rows.EnumerateArray().Select(r => r.GetRawText()).ToArray();
        }

        private static string[] Findings(SpofModel model) =>
            new SpofAnalyzer().Analyze(model).Findings.Select(f => $"{f.Id} {f.Severity} {string.Join(">", f.Path)}").ToArray();
    }
}
