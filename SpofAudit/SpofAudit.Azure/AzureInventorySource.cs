using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using global::Azure.Core;
using global::Azure.Identity;
using SpofAudit.Azure.Inventory;
using SpofAudit.Azure.Live;
using SpofAudit.Diagnostics;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Azure
{
    /// <summary>
    /// The live Azure source: signs in, resolves the subscriptions, reads each resource family with paged Resource
    /// Graph queries, and maps the inventory to a model. Read-only: it only lists and queries (role Reader).
    /// </summary>
    public static class AzureInventorySource
    {
        private const string Activity = "Reading the Azure inventory";

        /// <summary>How reports name a subscription that Resource Graph refused.</summary>
        private const string UnreadWithoutReader = "no read access in Resource Graph (Reader role missing)";

        /// <summary>Reads the subscriptions and builds their model (no overlay).</summary>
        /// <exception cref="SpofInputException">Sign-in failed, nothing readable, or Azure kept failing.</exception>
        public static SpofModel Load(AzureSourceOptions options, ISpofHost host) => AzureModelSource.Build(Read(options, host), Array.Empty<string>(), host);

        /// <summary>Signs in and reads the subscriptions' inventory.</summary>
        /// <exception cref="SpofInputException">Sign-in failed, nothing readable, or Azure kept failing.</exception>
        public static AzureInventory Read(AzureSourceOptions options, ISpofHost host)
        {
            if (options == null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            var (arm, authority) = AzureClouds.Resolve(options.Environment);
            var endpoint = AzureClouds.ResourceManager(options.ResourceManagerEndpoint, arm);
            var credential = options.Credential ?? CreateCredential(options, authority, host);
            var client = new ResourceGraphClient(endpoint, arm.Audience, credential, options.Transport, options.RetryDelay);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(host.CancellationToken);
            try
            {
                // Sign in first, outside the time budget: a device code or a browser waits for a person. The
                // pipeline's later requests get the same token from the credential's cache.
                host.WriteProgress(Activity, "signing in", 0);
                credential.GetToken(new TokenRequestContext(new[] { ResourceGraphClient.ScopeOf(arm.Audience) }), host.CancellationToken);
                deadline.CancelAfter(options.Timeout);
                var subscriptions = ResolveSubscriptions(client, options.Subscriptions, host, deadline.Token);
                var inventory = ReadInventory(client, subscriptions, options, host, deadline.Token);
                host.WriteProgress(Activity, "done", 100);
                inventory.Name = subscriptions.Count == 1 ? subscriptions[0].DisplayName : "azure";
                host.WriteVerbose($"Read {inventory.Count} resources from {subscriptions.Count} subscription(s) ({inventory.IgnoredRows} rows of other types skipped).");
                return inventory;
            }
            catch (OperationCanceledException) when (!host.CancellationToken.IsCancellationRequested)
            {
                throw AzureErrors.Fail(
                    AzureDiagnosticCodes.AzureRequestFailed,
                    DiagnosticCategory.LimitsExceeded,
                    $"Azure did not finish answering within {Describe(options.Timeout)}",
                    "Azure may be throttling this identity; try again later or with fewer subscriptions");
            }
            catch (Exception e) when (Unreachable(e) is global::Azure.RequestFailedException failure)
            {
                // No HTTP answer at all (DNS, TLS, connection refused), after the pipeline's retries.
                throw AzureErrors.Fail(
                    AzureDiagnosticCodes.AzureRequestFailed,
                    DiagnosticCategory.ReadError,
                    $"cannot reach Azure Resource Manager at {endpoint}: {AzureErrors.FirstLine(failure.Message)}",
                    options.ResourceManagerEndpoint == null
                        ? "check the network, proxy (HTTPS_PROXY) and -Environment"
                        : "check the network, proxy (HTTPS_PROXY), the Resource Manager endpoint's address and that this machine trusts its certificate");
            }
            catch (AuthenticationFailedException e)
            {
                throw AzureErrors.Fail(AzureDiagnosticCodes.AzureAuthenticationFailed, DiagnosticCategory.AuthenticationError, "sign-in failed: " + AzureErrors.SignInFailure(e.Message), SignInHint(options));
            }
        }

        private static TokenCredential CreateCredential(AzureSourceOptions options, Uri authority, ISpofHost host)
        {
            switch (options.SignIn)
            {
                case AzureSignIn.Interactive:
                    return new InteractiveBrowserCredential(new InteractiveBrowserCredentialOptions { TenantId = options.TenantId, AuthorityHost = authority });
                case AzureSignIn.DeviceCode:
                    return new DeviceCodeCredential(new DeviceCodeCredentialOptions
                    {
                        TenantId = options.TenantId,
                        AuthorityHost = authority,
                        // The prompt must reach the user; the host shows warnings even when verbose output is off.
                        DeviceCodeCallback = (code, _) =>
                        {
                            host.WriteWarning(code.Message);
                            return System.Threading.Tasks.Task.CompletedTask;
                        },
                    });
                default:
                    return new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = options.TenantId, AuthorityHost = authority });
            }
        }

        private static IReadOnlyList<AzureSubscription> ResolveSubscriptions(
            ResourceGraphClient client, IReadOnlyList<string> requested, ISpofHost host, CancellationToken cancellation)
        {
            host.WriteProgress(Activity, "listing subscriptions", 0);
            var visible = client.ListSubscriptions(cancellation);
            var chosen = new List<AzureSubscription>();
            if (requested.Count == 0)
            {
                chosen.AddRange(visible.Where(s => string.Equals(s.State, "Enabled", StringComparison.OrdinalIgnoreCase)));
            }
            else
            {
                foreach (var name in requested)
                {
                    var match = visible.FirstOrDefault(s => string.Equals(s.Id, name, StringComparison.OrdinalIgnoreCase))
                        ?? visible.FirstOrDefault(s => string.Equals(s.DisplayName, name, StringComparison.OrdinalIgnoreCase));
                    if (match == null)
                    {
                        host.WriteWarning($"Subscription '{name}' is not visible to the signed-in identity (no Reader role, another tenant, or a typo); it is skipped.");
                    }
                    else if (!chosen.Contains(match))
                    {
                        chosen.Add(match);
                    }
                }
            }

            if (chosen.Count == 0)
            {
                throw AzureErrors.Fail(
                    AzureDiagnosticCodes.NoSubscriptionReadable,
                    DiagnosticCategory.ObjectNotFound,
                    requested.Count == 0 ? "the signed-in identity sees no enabled subscription" : "none of the subscriptions named is visible to the signed-in identity",
                    visible.Count > 0 ? "visible: " + string.Join(", ", visible.Take(10).Select(s => $"{s.DisplayName} ({s.Id})")) : "check -TenantId and that the identity has the Reader role");
            }

            return chosen;
        }

        private static AzureInventory ReadInventory(
            ResourceGraphClient client, IReadOnlyList<AzureSubscription> subscriptions, AzureSourceOptions options, ISpofHost host, CancellationToken cancellation)
        {
            var reader = new InventoryReader();
            var diagnostics = new List<SpofDiagnostic>();
            var readable = subscriptions.Select(s => s.Id).ToList();
            var families = ResourceFamilies.All;
            for (var f = 0; f < families.Count; f++)
            {
                var (family, query) = families[f];
                foreach (var batch in Batches(readable, Math.Max(1, options.SubscriptionBatchSize)))
                {
                    var forbidden = QueryBatch(client, family, query, batch, options.PageSize, reader, diagnostics, host, 100 * f / families.Count, cancellation);
                    foreach (var id in forbidden)
                    {
                        var name = subscriptions.First(s => s.Id == id).DisplayName;
                        host.WriteWarning($"No read access to subscription '{name}' ({id}) in Resource Graph; it is left out of the audit. Grant the Reader role to include it.");
                        readable.Remove(id);
                    }
                }

                if (diagnostics.Count > 0)
                {
                    throw new SpofInputException(diagnostics);
                }
            }

            if (readable.Count == 0)
            {
                throw AzureErrors.Fail(AzureDiagnosticCodes.NoSubscriptionReadable, DiagnosticCategory.ObjectNotFound, "no subscription could be read", "grant the Reader role on the subscriptions to audit");
            }

            // A subscription left out is named as unread, so every report says which parts its findings miss.
            var inventory = reader.Complete();
            foreach (var subscription in subscriptions)
            {
                var source = new InventorySource(
                    InventorySourceKind.AzureSubscriptions, $"azure:/subscriptions/{subscription.Id} ({subscription.DisplayName})", new[] { subscription.Id });
                inventory.Sources.Add(source);
                if (!readable.Contains(subscription.Id))
                {
                    inventory.Unread.Add(new UnreadPart(
                        source, subscription.Id, "Resource Graph", "no read access (Reader role missing)", UnreadWithoutReader, "403"));
                }
            }

            return inventory;
        }

        /// <summary>Queries one batch; on 403 it retries each subscription alone and returns the ones refused.</summary>
        private static IReadOnlyList<string> QueryBatch(
            ResourceGraphClient client, string family, string query, IReadOnlyList<string> batch, int pageSize,
            InventoryReader reader, List<SpofDiagnostic> diagnostics, ISpofHost host, int percent, CancellationToken cancellation)
        {
            try
            {
                client.Query(query, batch, pageSize, (body, page) =>
                {
                    host.WriteProgress(Activity, $"{family}: page {page}", percent);
                    AzureExportLoader.AddRows(body, $"azure: Resource Graph ({family}, page {page})", reader, diagnostics);
                }, cancellation);
                return Array.Empty<string>();
            }
            catch (SubscriptionForbiddenException) when (batch.Count > 1)
            {
                return batch.SelectMany(id => QueryBatch(client, family, query, new[] { id }, pageSize, reader, diagnostics, host, percent, cancellation)).ToArray();
            }
            catch (SubscriptionForbiddenException)
            {
                return batch;
            }
        }

        private static IEnumerable<IReadOnlyList<string>> Batches(List<string> ids, int size)
        {
            var snapshot = ids.ToArray();
            for (var i = 0; i < snapshot.Length; i += size)
            {
                yield return snapshot.Skip(i).Take(size).ToArray();
            }
        }

        private static string SignInHint(AzureSourceOptions options) => options.SignIn == AzureSignIn.Default
            ? "sign in with 'az login' or 'Connect-AzAccount', set AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET, or sign in with a device code (-SignIn DeviceCode in PowerShell, --device-code in the CLI)"
            : "check -TenantId and that the account may sign in to it";

        /// <summary>The transport failure inside what the pipeline threw: once, or aggregated over its retries.</summary>
        private static global::Azure.RequestFailedException? Unreachable(Exception e) => e switch
        {
            global::Azure.RequestFailedException { Status: 0 } failure => failure,
            AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<global::Azure.RequestFailedException>().LastOrDefault(f => f.Status == 0),
            _ => null,
        };

        private static string Describe(TimeSpan time) =>
            time.TotalMinutes >= 1 ? $"{time.TotalMinutes:0.#} minutes" : $"{time.TotalSeconds:0.#} seconds";
    }
}
