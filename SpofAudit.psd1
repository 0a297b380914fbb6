# Module manifest for SpofAudit: audits architectures for single points of failure.
# Export lists are explicit (never '*') so PowerShell can discover the commands without loading
# the assembly, and so the module's public surface is a reviewed decision.
@{
    RootModule           = 'SpofAudit.PowerShell.dll'
    ModuleVersion        = '1.0.0'
    GUID                 = '47fa45a2-e239-4fda-baa5-d0c16b7c3c29'
    Author               = 'SpofAudit developers'
    CompanyName          = 'SpofAudit developers'
    Copyright            = 'Copyright (c) SpofAudit developers'
    Description          = 'Finds single points of failure in an architecture: single components, zones, regions, shared-fate domains and people whose loss takes the system down, with a concrete recommendation for each.'

    # One netstandard2.0 assembly serves Windows PowerShell 5.1 and PowerShell 7.
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')

    FormatsToProcess     = @('SpofAudit.Format.ps1xml')

    # Findings that went through Export-Clixml, Start-Job or remoting convert back to findings.
    TypesToProcess       = @('SpofAudit.Types.ps1xml')

    CmdletsToExport      = @(
        'Get-SpofModel'
        'Get-SpofReport'
        'Get-SpofImpact'
        'Export-SpofGraph'
        'Export-SpofReport'
        'Compare-SpofReport'
        'Measure-SpofAvailability'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()

    FileList             = @(
        'SpofAudit.psd1'
        'SpofAudit.PowerShell.dll'
        'SpofAudit.Core.dll'
        'SpofAudit.Sources.dll'
        'YamlDotNet.dll'
        'SpofAudit.Aws.dll'
        'AWSSDK.Core.dll'
        'AWSSDK.SecurityToken.dll'
        'AWSSDK.Extensions.Numerics.dll'
        'Microsoft.Bcl.AsyncInterfaces.dll'
        'System.Buffers.dll'
        'System.Formats.Asn1.dll'
        'System.IO.Hashing.dll'
        'System.Memory.dll'
        'System.Numerics.Vectors.dll'
        'System.Runtime.CompilerServices.Unsafe.dll'
        # The Azure source and its dependencies (Azure.Core, Azure.Identity, Azure.ResourceManager).
        'Azure.Core.dll'
        'Azure.Identity.dll'
        'Azure.ResourceManager.dll'
        'Microsoft.Identity.Client.Extensions.Msal.dll'
        'Microsoft.Identity.Client.dll'
        'Microsoft.IdentityModel.Abstractions.dll'
        'SpofAudit.Azure.dll'
        'System.ClientModel.dll'
        'System.Diagnostics.DiagnosticSource.dll'
        'System.IO.FileSystem.AccessControl.dll'
        'System.Memory.Data.dll'
        'System.Security.AccessControl.dll'
        'System.Security.Cryptography.ProtectedData.dll'
        'System.Security.Principal.Windows.dll'
        'System.Text.Encodings.Web.dll'
        'System.Text.Json.dll'
        'System.Threading.Tasks.Extensions.dll'
        'SpofAudit.Format.ps1xml'
        'SpofAudit.Types.ps1xml'
        'LICENSE'
        'en-US/SpofAudit.PowerShell.dll-Help.xml'
        'en-US/about_SpofAudit.help.txt'
    )

    PrivateData          = @{
        PSData = @{
            Tags         = @('SPOF', 'Resilience', 'Reliability', 'Architecture', 'Audit', 'HighAvailability', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/spofaudit/spofaudit/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/spofaudit/spofaudit'
            ReleaseNotes = 'SpofAudit 1.0.0: finds single points of failure (components, zones, regions, shared-fate domains, people) in architecture files and live AWS and Azure reads, with a recommendation for each; what-if impact, availability with importance ranking, reports (JSON, HTML, SARIF, JUnit, CSV, Markdown), accepted risks, baselines and report diffs. Views readable at 80 columns; findings survive Export-Clixml, jobs and remoting; tab completion for -Fail, -Region, -ProfileName, -Subscription, -Assume and -Kind.'
        }
    }
}
