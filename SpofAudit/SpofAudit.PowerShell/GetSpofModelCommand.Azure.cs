using System;
using System.Management.Automation;
using SpofAudit.Azure;

namespace SpofAudit.PowerShell
{
    /// <summary>Get-SpofModel -Azure: the model of live Azure subscriptions, read with Resource Graph (role Reader).</summary>
    public sealed partial class GetSpofModelCommand
    {
        /// <summary>Read the model from live Azure instead of files.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ParameterSets.Azure)]
        public SwitchParameter Azure { get; set; }

        /// <summary>Subscription ids or display names; all enabled subscriptions the identity can see when omitted.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        public string[] Subscription { get; set; } = Array.Empty<string>();

        /// <summary>The Microsoft Entra tenant to sign in to.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateNotNullOrEmpty]
        public string? TenantId { get; set; }

        /// <summary>The Azure cloud.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        [ValidateSet(AzureClouds.Public, AzureClouds.China, AzureClouds.UsGovernment, IgnoreCase = true)]
        public string Environment { get; set; } = AzureClouds.Public;

        /// <summary>How to sign in: the default credential chain, a browser, or a device code.</summary>
        [Parameter(ParameterSetName = ParameterSets.Azure)]
        public AzureSignIn SignIn { get; set; } = AzureSignIn.Default;

        // OverlayPath, shared with the Aws parameter set, is declared in the main part of the class.

        private void WriteAzureModel()
        {
            var model = AzureModelLoading.Load(this, Subscription, TenantId, Environment, SignIn, OverlayPath);
            if (model != null)
            {
                WriteObject(model);
            }
        }
    }
}
