using System;
using System.Collections.Generic;
using SpofAudit.Azure;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// What the -Azure parameter sets share: bound values to the Azure source's options, overlay paths resolved
    /// like -Path, and the core's errors as ErrorRecords. The cmdlets only declare the parameters.
    /// </summary>
    internal static class AzureModelLoading
    {
        public static SpofModel? Load(
            SpofCommandBase cmdlet, string[] subscriptions, string? tenantId, string environment, AzureSignIn signIn, string[] overlayPaths)
        {
            IReadOnlyList<string> overlays = Array.Empty<string>();
            if (overlayPaths.Length > 0)
            {
                var resolved = cmdlet.ResolveInputFiles(overlayPaths, literal: false);
                if (resolved == null)
                {
                    return null;
                }

                overlays = resolved;
            }

            var options = new AzureSourceOptions
            {
                Subscriptions = subscriptions,
                TenantId = string.IsNullOrWhiteSpace(tenantId) ? null : tenantId,
                Environment = environment,
                SignIn = signIn,
            };
            var host = cmdlet.EngineHost;
            host.WriteVerbose($"Reading Azure ({environment}) subscriptions {(subscriptions.Length == 0 ? "(all visible)" : string.Join(", ", subscriptions))}.");
            var model = cmdlet.RunCore(
                () => AzureModelSource.Build(AzureInventorySource.Read(options, host), overlays, host),
                diagnostic => diagnostic.Location.File);
            cmdlet.DescribeModel(model);
            return model;
        }
    }
}
