using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SpofAudit.Sources;
using SpofAudit.Sourcing;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>--azure</c> and its options: read the model from live Azure subscriptions instead of files. With
    /// <c>--azure</c>, FILE arguments are spofaudit/v1 overlays merged into the discovered model.
    /// </summary>
    public sealed class AzureSymbols
    {
        private readonly Option<bool> _azure = new Option<bool>("--azure")
        {
            Description = "Read the model from live Azure (Resource Graph, role Reader); FILE arguments become overlays.",
        };

        private readonly Option<string[]> _subscriptions = new Option<string[]>("--subscription")
        {
            Description = "With --azure: subscription ids or names, repeated or comma-separated (default: every enabled subscription).",
            HelpName = "ID|NAME",
        };

        private readonly Option<string?> _tenant = new Option<string?>("--tenant-id")
        {
            Description = "With --azure: the Microsoft Entra tenant to sign in to.",
            HelpName = "TENANT",
        };

        private readonly Option<string> _environment = new Option<string>("--environment")
        {
            Description = $"With --azure: the cloud, {string.Join(", ", AzureEnvironments.Names)}.",
            HelpName = string.Join("|", AzureEnvironments.Names),
            DefaultValueFactory = _ => AzureEnvironments.Public,
        };

        private readonly Option<string?> _resourceManager = new Option<string?>("--resource-manager-endpoint")
        {
            Description = "With --azure: another Resource Manager (Azure Stack Hub, private clouds, emulators), an https:// URL; tokens are still for --environment's audience.",
            HelpName = "URL",
        };

        private readonly Option<bool> _deviceCode = new Option<bool>("--device-code")
        {
            Description = "With --azure: sign in with a device code instead of the default credential chain (environment, managed identity, az login).",
        };

        public IEnumerable<Option> All => new Option[] { _azure, _subscriptions, _tenant, _environment, _resourceManager, _deviceCode };

        public bool Requested(ParseResult parse) => parse.GetValue(_azure);

        /// <summary>The live subscriptions the options name (with <c>--azure</c>), <paramref name="overlays"/> merged in.</summary>
        public IModelSource Source(ParseResult parse, IReadOnlyList<string> overlays) => ModelSources.Azure(new AzureReadOptions
        {
            Subscriptions = ListValues.Split(parse.GetValue(_subscriptions) ?? Array.Empty<string>()),
            TenantId = parse.GetValue(_tenant),
            Environment = parse.GetValue(_environment) ?? AzureEnvironments.Public,
            SignIn = parse.GetValue(_deviceCode) ? AzureSignInMode.DeviceCode : AzureSignInMode.Default,
            ResourceManagerEndpoint = parse.GetValue(_resourceManager),
            OverlayPaths = overlays,
        });

        /// <summary>Azure options without --azure are a mistake worth one line, not a silent no-op.</summary>
        public void CheckUnused(ParseResult parse)
        {
            var used = new Option[] { _subscriptions, _tenant, _environment, _resourceManager, _deviceCode }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
            if (used != null)
            {
                throw new CliUsageException($"{used.Name} needs --azure");
            }
        }
    }
}
