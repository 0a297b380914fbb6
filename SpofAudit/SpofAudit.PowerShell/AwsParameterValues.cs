using System;
using System.Collections.Generic;
using SpofAudit.Aws;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// The values of the Aws parameter set (-Region, -ProfileName, -RoleArn, -EndpointUrl, -OverlayPath) as the
    /// core's options, so Get-SpofModel and Get-SpofReport bind them the same way.
    /// </summary>
    internal static class AwsParameterValues
    {
        /// <summary>Null when an overlay path did not resolve (its error is already written).</summary>
        public static AwsAuditOptions? ToOptions(
            SpofCommandBase cmdlet, string[] regions, string? profileName, string? roleArn, string? endpointUrl, string[] overlayPaths)
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

            return new AwsAuditOptions
            {
                Regions = regions,
                ProfileName = profileName,
                RoleArn = roleArn,
                EndpointUrl = endpointUrl,
                OverlayPaths = overlays,
            };
        }
    }
}
