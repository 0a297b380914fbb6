<#
.SYNOPSIS
    Builds, tests and packages the SpofAudit PowerShell module.

.DESCRIPTION
    Build    dotnet build of the module project; its build assembles out/SpofAudit
             (manifest, assemblies, format file, help), ready for Import-Module.
    Test     dotnet test of the solution, then the Pester tests (tests/*.Tests.ps1 and
             examples/compliance.Tests.ps1) when Pester 5 is installed.
    Package  a versioned zip of out/SpofAudit in out/ (the folder itself is ready for
             Publish-Module -Path).

    Tasks run in the order Build, Test, Package whatever order they are given in.
    Works in Windows PowerShell 5.1 and PowerShell 7.

.EXAMPLE
    ./build.ps1

.EXAMPLE
    ./build.ps1 -Task Build, Test, Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package')]
    [string[]]$Task = 'Build',

    [string]$Configuration = 'Release'
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$repositoryRoot = $PSScriptRoot
$outputRoot = Join-Path $repositoryRoot 'out'
$moduleFolder = Join-Path $outputRoot 'SpofAudit'
$moduleProject = Join-Path (Join-Path (Join-Path $repositoryRoot 'SpofAudit') 'SpofAudit.PowerShell') 'SpofAudit.PowerShell.csproj'
$solution = Join-Path $repositoryRoot 'SpofAudit.slnx'

function Invoke-DotNet {
    param([Parameter(Mandatory = $true)][string[]]$Arguments)

    Write-Host "dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE."
    }
}

function Invoke-BuildTask {
    Invoke-DotNet -Arguments @('build', $moduleProject, '--configuration', $Configuration, '--nologo')
    $manifest = Join-Path $moduleFolder 'SpofAudit.psd1'
    if (-not (Test-Path -LiteralPath $manifest)) {
        throw "The build did not assemble the module: $manifest is missing."
    }

    Write-Host "Module: $moduleFolder" -ForegroundColor Green
}

function Invoke-PesterTests {
    $pester = Get-Module -Name Pester -ListAvailable |
        Where-Object { $_.Version -ge [version]'5.0.0' } |
        Sort-Object -Property Version -Descending |
        Select-Object -First 1
    if ($null -eq $pester) {
        Write-Warning 'Pester 5 is not installed, so the Pester tests did not run. Install it with: Install-Module Pester -MinimumVersion 5.0.0 -Scope CurrentUser'
        return
    }

    $testsFolder = Join-Path $repositoryRoot 'tests'
    $paths = @(Get-ChildItem -LiteralPath $testsFolder -Filter '*.Tests.ps1' -File | ForEach-Object { $_.FullName })
    $paths += Join-Path (Join-Path $repositoryRoot 'examples') 'compliance.Tests.ps1'

    # A background job is a separate process (in 5.1 and 7): the tests load the module's DLLs
    # there, so this session never locks them against the next build.
    $job = Start-Job -ArgumentList $pester.Path, $paths -ScriptBlock {
        param([string]$PesterManifest, [string[]]$TestPaths)
        Import-Module -Name $PesterManifest -Force
        $configuration = New-PesterConfiguration
        $configuration.Run.Path = $TestPaths
        $configuration.Run.PassThru = $true
        $configuration.Output.Verbosity = 'Detailed'
        $result = Invoke-Pester -Configuration $configuration
        [pscustomobject]@{ Passed = $result.PassedCount; Failed = $result.FailedCount; Result = [string]$result.Result }
    }
    $summary = $job | Receive-Job -Wait -AutoRemoveJob | Select-Object -Last 1
    if ($null -eq $summary) {
        throw 'The Pester run ended without a result.'
    }

    Write-Host "Pester: $($summary.Passed) passed, $($summary.Failed) failed" -ForegroundColor Cyan
    if ($summary.Failed -gt 0 -or $summary.Result -ne 'Passed') {
        throw "Pester tests failed ($($summary.Failed) failed)."
    }
}

function Invoke-TestTask {
    Invoke-DotNet -Arguments @('test', $solution, '--configuration', $Configuration, '--nologo')
    Invoke-PesterTests
}

function Invoke-PackageTask {
    # Build first so the zip never holds a stale module.
    Invoke-BuildTask
    $version = (Import-PowerShellDataFile -LiteralPath (Join-Path $moduleFolder 'SpofAudit.psd1')).ModuleVersion
    $zip = Join-Path $outputRoot "SpofAudit-$version.zip"
    if (Test-Path -LiteralPath $zip) {
        Remove-Item -LiteralPath $zip -Force
    }

    # ZipFile rather than Compress-Archive: Windows PowerShell 5.1's Compress-Archive writes
    # backslashes into entry names, which other platforms unpack as flat file names.
    Add-Type -AssemblyName 'System.IO.Compression', 'System.IO.Compression.FileSystem'
    [System.IO.Compression.ZipFile]::CreateFromDirectory($moduleFolder, $zip, [System.IO.Compression.CompressionLevel]::Optimal, $true)
    Write-Host "Package: $zip" -ForegroundColor Green
}

foreach ($step in @('Build', 'Test', 'Package')) {
    if ($Task -contains $step) {
        switch ($step) {
            'Build' { Invoke-BuildTask }
            'Test' { Invoke-TestTask }
            'Package' { Invoke-PackageTask }
        }
    }
}
