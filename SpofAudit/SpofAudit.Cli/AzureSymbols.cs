using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using SpofAudit.Azure;
using SpofAudit.Hosting;
using SpofAudit.Model;

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
            Description = $"With --azure: the cloud, {string.Join(", ", AzureClouds.Names)}.",
            HelpName = string.Join("|", AzureClouds.Names),
            DefaultValueFactory = _ => AzureClouds.Public,
        };

        private readonly Option<bool> _deviceCode = new Option<bool>("--device-code")
        {
            Description = "With --azure: sign in with a device code instead of the default credential chain (environment, managed identity, az login).",
        };

        public IEnumerable<Option> All => new Option[] { _azure, _subscriptions, _tenant, _environment, _deviceCode };

        public bool Requested(ParseResult parse) => parse.GetValue(_azure);

        /// <summary>The live model, with <paramref name="overlays"/> merged; throws SpofInputException for Azure failures.</summary>
        public SpofModel Load(ParseResult parse, IReadOnlyList<string> overlays, ISpofHost host)
        {
            var options = new AzureSourceOptions
            {
                Subscriptions = ListValues.Split(parse.GetValue(_subscriptions) ?? Array.Empty<string>()),
                TenantId = parse.GetValue(_tenant),
                Environment = parse.GetValue(_environment) ?? AzureClouds.Public,
                SignIn = parse.GetValue(_deviceCode) ? AzureSignIn.DeviceCode : AzureSignIn.Default,
            };
            var inventory = AzureInventorySource.Read(options, host);
            var model = AzureModelSource.Build(inventory, overlays, host);
            ModelSource.Describe(model, host);
            return model;
        }

        /// <summary>Azure options without --azure are a mistake worth one line, not a silent no-op.</summary>
        public void CheckUnused(ParseResult parse)
        {
            var used = new Option[] { _subscriptions, _tenant, _environment, _deviceCode }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false });
            if (used != null)
            {
                throw new CliUsageException($"{used.Name} needs --azure");
            }
        }
    }
}
