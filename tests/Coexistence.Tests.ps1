# Pester 5 tests: SpofAudit shares a session with modules that ship other versions of its libraries, as Az.Accounts
# and AWS.Tools do, in either load order. Each case runs in a fresh pwsh (an assembly, once loaded, stays for the
# process): the other library is loaded the way a module loads it (Assembly.LoadFrom into PowerShell's default
# context), before or after SpofAudit reads a live source against local endpoints (tests/FakeAwsEndpoint.ps1: the
# recorded AWS account; tests/LoopbackEndpoints.ps1: recorded Azure data and a managed-identity token), and then both are used.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/Coexistence.Tests.ps1
# The other versions come from the NuGet cache: tests/SpofAudit.Module.Tests downloads them (PackageDownload).

BeforeDiscovery {
    # Versions other than the ones SpofAudit ships: an older Azure.Core, a newer Azure.Identity, another AWSSDK.Core.
    $libraries = @(
        @{
            Library = 'Azure.Core'; Version = '1.44.1'; File = 'azure.core/1.44.1/lib/net6.0/Azure.Core.dll'
            Use = '[Azure.Core.ResourceIdentifier]::new("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shop").ResourceGroupName'
            Expected = 'shop'; Source = 'Azure'
        }
        @{
            Library = 'Azure.Identity'; Version = '1.13.2'; File = 'azure.identity/1.13.2/lib/net8.0/Azure.Identity.dll'
            Use = '[Azure.Identity.AzureAuthorityHosts]::AzureGovernment.Host'
            Expected = 'login.microsoftonline.us'; Source = 'Azure'
        }
        @{
            Library = 'AWSSDK.Core'; Version = '4.0.3.3'; File = 'awssdk.core/4.0.3.3/lib/net8.0/AWSSDK.Core.dll'
            Use = '[Amazon.RegionEndpoint]::GetBySystemName("eu-west-1").SystemName'
            Expected = 'eu-west-1'; Source = 'Aws'
        }
    )
    $cases = foreach ($library in $libraries) {
        foreach ($order in 'before', 'after') {
            $library + @{ Order = $order }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')
    . (Join-Path $PSScriptRoot 'LoopbackEndpoints.ps1')
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path (Join-Path $HOME '.nuget') 'packages' }

    # A local AWS Query endpoint serving the recorded three-tier account: signed requests, paging, parsing and
    # mapping all run.
    . (Join-Path $PSScriptRoot 'FakeAwsEndpoint.ps1')
    $fake = Start-FakeAwsEndpoint
    $awsEndpoint = $fake.Endpoint

    # Azure: the default credential chain gets its token from a local App Service managed-identity endpoint
    # (IDENTITY_ENDPOINT / IDENTITY_HEADER), and a local HTTPS Resource Manager, trusted by the child pwsh
    # through SSL_CERT_FILE, serves the recorded subscription examples/azure/single-zone-webapp.json to that
    # token only. Sign-in, the subscription list, Resource Graph, parsing and mapping all run in SpofAudit's
    # own Azure.Identity and Azure.Core.
    $azureToken = 'loopback-token-' + [guid]::NewGuid()
    $azureCertificate = Join-Path ([System.IO.Path]::GetTempPath()) "spofaudit-coexistence-$PID.pem"
    $identity = Start-LoopbackManagedIdentity -AccessToken $azureToken
    $resourceManager = Start-LoopbackResourceManager -ExportFile (Join-Path (Join-Path $examples 'azure') 'single-zone-webapp.json') `
        -SubscriptionName 'blog' -AccessToken $azureToken -CertificateFile $azureCertificate

    # What SpofAudit does in each session: a live read against the local endpoints, then it names the load
    # context its copy of the library lives in.
    $spofAuditRead = @{
        Aws   = @'
$findings = Get-SpofReport -Aws -Region us-east-1 -EndpointUrl $env:SPOFAUDIT_TEST_AWS_ENDPOINT -WarningAction SilentlyContinue -ErrorAction Stop
"spofaudit: $(@($findings).Count) findings"
'@
        Azure = @'
$findings = Get-SpofReport -Azure -Subscription blog -ResourceManagerEndpoint $env:SPOFAUDIT_TEST_AZURE_ENDPOINT -WarningAction SilentlyContinue -ErrorAction Stop
"spofaudit: $(@($findings).Count) findings"
"spofaudit finds: $(@($findings | ForEach-Object { $_.Id }) -join ', ')"
'@
    }

    function Invoke-Case {
        param([hashtable]$Case)
        $other = Join-Path $packages $Case.File
        $loadOther = "`$other = [System.Reflection.Assembly]::LoadFrom('$other'); `"other: `$([System.Diagnostics.FileVersionInfo]::GetVersionInfo(`$other.Location).FileVersion) `$($($Case.Use))`""
        $import = "Import-Module '$manifest' -ErrorAction Stop"
        $read = $spofAuditRead[$Case.Source]
        $contexts = @"
[System.AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { `$_.GetName().Name -eq '$($Case.Library)' } |
    ForEach-Object { 'loaded: {0} {1}' -f [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext(`$_).GetType().Name, `$_.Location } | Sort-Object
"@
        $steps = if ($Case.Order -eq 'before') { $loadOther, $import, $read } else { $import, $read, $loadOther }
        # The other library is used again at the end: its types must still work after SpofAudit ran.
        $script = ($steps + "`"other again: `$($($Case.Use))`"" + $contexts) -join [Environment]::NewLine
        $environment = @{
            SPOFAUDIT_TEST_AWS_ENDPOINT = $awsEndpoint
            AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE'; AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
            AWS_CONFIG_FILE = Join-Path $TestDrive 'no-aws-config'; AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'no-aws-credentials'
            SPOFAUDIT_TEST_AZURE_ENDPOINT = $resourceManager.Url
            IDENTITY_ENDPOINT = $identity.Url; IDENTITY_HEADER = $identity.Secret
            # The only certificate the child trusts is the local Resource Manager's (OpenSSL reads SSL_CERT_FILE).
            SSL_CERT_FILE = $azureCertificate
            # No other Azure credential: the chain's earlier sources (environment, workload identity) stay
            # unavailable, and the managed identity is App Service's, not Service Fabric's, Arc's or IMDS's.
            AZURE_CLIENT_ID = $null; AZURE_TENANT_ID = $null; AZURE_CLIENT_SECRET = $null; AZURE_CLIENT_CERTIFICATE_PATH = $null
            AZURE_FEDERATED_TOKEN_FILE = $null; IDENTITY_SERVER_THUMBPRINT = $null; MSI_ENDPOINT = $null; MSI_SECRET = $null; IMDS_ENDPOINT = $null
        }
        $saved = @{}
        foreach ($name in $environment.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); [Environment]::SetEnvironmentVariable($name, $environment[$name]) }
        try {
            & (Join-Path $PSHOME 'pwsh') -NoProfile -NonInteractive -Command $script 2>&1 | ForEach-Object { "$_" }
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
    }

    # By file version: AWSSDK.Core keeps one assembly version (4.0.0.0) across its 4.x releases.
    $dependencies = Join-Path (Split-Path -Parent $manifest) 'Dependencies'
    function Get-FileVersion([string]$Path) { [System.Diagnostics.FileVersionInfo]::GetVersionInfo($Path).FileVersion }
}

AfterAll {
    Stop-FakeAwsEndpoint $fake
    Stop-LoopbackEndpoint $identity
    Stop-LoopbackEndpoint $resourceManager
    Remove-Item -LiteralPath $azureCertificate -ErrorAction SilentlyContinue
}

Describe 'SpofAudit beside another module''s <Library> <Version>, loaded <Order> SpofAudit' -ForEach $cases {
    BeforeAll {
        $output = @(Invoke-Case -Case $_)
        $text = $output -join [Environment]::NewLine
    }

    It 'differs from the version SpofAudit ships' {
        $ours = Join-Path $dependencies "$Library.dll"
        Get-FileVersion $ours | Should -Not -Be (Get-FileVersion (Join-Path $packages $File))
    }

    It 'lets the other module use its own library' {
        $otherVersion = Get-FileVersion (Join-Path $packages $File)
        $text | Should -Match "(?m)^other: $([regex]::Escape($otherVersion)) $([regex]::Escape($Expected))$"
        $text | Should -Match "(?m)^other again: $([regex]::Escape($Expected))$"
    }

    It 'reads with SpofAudit''s own copy, in SpofAudit''s load context' {
        $text | Should -Not -Match 'FileLoadException|already loaded|Could not load file or assembly'
        $text | Should -Match "(?m)^loaded: ModuleLoadContext $([regex]::Escape((Join-Path $dependencies "$Library.dll")))$"
        $text | Should -Match "(?m)^loaded: DefaultAssemblyLoadContext $([regex]::Escape((Join-Path $packages $File)))$"
        $text | Should -Match '(?m)^spofaudit: [1-9]\d* findings$'
        if ($Source -eq 'Azure') {
            # The recorded subscription's load balancer and VMs are all pinned to zone 1.
            $text | Should -Match '(?m)^spofaudit finds: .*\bSingleZoneRisk/westeurope-1\b'
        }
    }
}
