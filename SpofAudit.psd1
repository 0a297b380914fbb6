# Module manifest for SpofAudit: audits architectures for single points of failure.
# Export lists are explicit (never '*') so PowerShell can discover the commands without loading
# the assembly, and so the module's public surface is a reviewed decision.
@{
    RootModule           = 'SpofAudit.psm1'
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
        'SpofAudit.psm1'
        # Loaded into PowerShell's default context: the loader, then (on PowerShell 7 into SpofAudit's own context) the cmdlets.
        'SpofAudit.PowerShell.Loader.dll'
        'SpofAudit.PowerShell.dll'
        # The engine and every library it uses, isolated from other modules' copies on PowerShell 7.
        'Dependencies/SpofAudit.Aws.dll'
        'Dependencies/SpofAudit.Azure.dll'
        'Dependencies/SpofAudit.Core.dll'
        'Dependencies/SpofAudit.Sources.dll'
        'Dependencies/AWSSDK.Core.dll'
        'Dependencies/AWSSDK.EC2.dll'
        'Dependencies/AWSSDK.Extensions.Numerics.dll'
        'Dependencies/AWSSDK.SecurityToken.dll'
        'Dependencies/Azure.Core.dll'
        'Dependencies/Azure.Identity.dll'
        'Dependencies/Azure.ResourceManager.dll'
        'Dependencies/Microsoft.Bcl.AsyncInterfaces.dll'
        'Dependencies/Microsoft.Identity.Client.Extensions.Msal.dll'
        'Dependencies/Microsoft.Identity.Client.dll'
        'Dependencies/Microsoft.IdentityModel.Abstractions.dll'
        'Dependencies/System.Buffers.dll'
        'Dependencies/System.ClientModel.dll'
        'Dependencies/System.Diagnostics.DiagnosticSource.dll'
        'Dependencies/System.Formats.Asn1.dll'
        'Dependencies/System.IO.FileSystem.AccessControl.dll'
        'Dependencies/System.IO.Hashing.dll'
        'Dependencies/System.Memory.Data.dll'
        'Dependencies/System.Memory.dll'
        'Dependencies/System.Numerics.Vectors.dll'
        'Dependencies/System.Runtime.CompilerServices.Unsafe.dll'
        'Dependencies/System.Security.AccessControl.dll'
        'Dependencies/System.Security.Cryptography.ProtectedData.dll'
        'Dependencies/System.Security.Principal.Windows.dll'
        'Dependencies/System.Text.Encodings.Web.dll'
        'Dependencies/System.Text.Json.dll'
        'Dependencies/System.Threading.Tasks.Extensions.dll'
        'Dependencies/YamlDotNet.dll'
        'SpofAudit.Format.ps1xml'
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
