<#
.SYNOPSIS
    Builds, tests and packages the SpofAudit PowerShell module.

.DESCRIPTION
    Build    dotnet build of the module project; its build assembles out/SpofAudit
             (manifest, assemblies, format file, help), ready for Import-Module.
    Setup    what the tests consume: the local dotnet tools (pwsh 7.6.10), Pester 5.7.1 from
             NuGet, Microsoft's SARIF Multitool from npm into .tools/, and, when run as root on
             Debian, the packages scram and chromium. Each step is skipped when already there.
    Test     Setup, dotnet test of the solution, then the Pester tests (tests/*.Tests.ps1 and
             examples/compliance.Tests.ps1) in a child pwsh, then the fuzz suite for -FuzzSeconds per
             fuzzer (tests/SpofAudit.Fuzz: mutated example files, random models); fails when any test
             or fuzz case fails and ends with one line 'tests: N passed, N failed, N skipped' over both
             suites.
    Install  copies the built module (out/SpofAudit) into the current user's module folder (the first
             PSModulePath entry under the home folder), or into -ModuleRoot, so Import-Module SpofAudit
             and scripts such as examples/scheduled-audit.ps1 find it by name. Build it first.
    Package  a versioned zip of out/SpofAudit in out/ and, where PSResourceGet has
             Compress-PSResource (PowerShell 7.4 and later), the gallery package
             out/SpofAudit.<version>.nupkg, which Publish-PSResource -NupkgPath publishes and
             Install-PSResource / Save-PSResource install from a folder repository
             (tests/Packaging.Tests.ps1 does so end to end).

    Tasks run in the order Setup, Build, Test, Install, Package whatever order they are given in.
    Works in Windows PowerShell 5.1 and PowerShell 7.

.EXAMPLE
    ./build.ps1

.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test

    Everything a fresh clone needs, then every test (xunit and Pester): the README's test command.

.EXAMPLE
    ./build.ps1 -Task Build, Install

    Builds the module and installs it for the current user: Import-Module SpofAudit then works in any session.

.EXAMPLE
    ./build.ps1 -Task Build, Test, Package -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Setup', 'Build', 'Test', 'Install', 'Package')]
    [string[]]$Task = 'Build',

    # Install: the folder that receives SpofAudit/; by default the user's own module folder.
    [string]$ModuleRoot,

    [string]$Configuration = 'Release',

    # Test: how long each fuzzer runs (0 skips the fuzz suite).
    [int]$FuzzSeconds = 45
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

# Windows PowerShell 5.1 has no $IsWindows (and strict mode refuses an unset variable).
$onWindows = ($PSVersionTable.PSVersion.Major -lt 6) -or [bool](Get-Variable -Name IsWindows -ValueOnly -ErrorAction SilentlyContinue)
$pesterVersion = '5.7.1'
$sarifMultitoolVersion = '5.7.0'

function Test-IsRoot {
    # Only Unix has root; on Windows the Debian step does not apply.
    (-not $onWindows) -and ((& id -u) -eq '0')
}

function Install-DebianPackages {
    $missing = @(@('scram', 'chromium') | Where-Object { -not (Get-Command -Name $_ -CommandType Application -ErrorAction SilentlyContinue) })
    if ($missing.Count -eq 0) {
        return
    }

    if (-not (Test-IsRoot) -or -not (Get-Command -Name 'apt-get' -CommandType Application -ErrorAction SilentlyContinue)) {
        Write-Warning "Not installed: $($missing -join ', '). Install them (Debian: apt-get install $($missing -join ' ')); the tests that compare with them fail without them."
        return
    }

    Write-Host "apt-get install $($missing -join ' ')" -ForegroundColor Cyan
    & apt-get update -qq
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get install -y -qq @missing | Out-Null
    if ($LASTEXITCODE -ne 0) {
        throw "apt-get install $($missing -join ' ') failed with exit code $LASTEXITCODE."
    }
}

function Install-SarifMultitool {
    $package = Join-Path (Join-Path (Join-Path (Join-Path $repositoryRoot '.tools') 'sarif') 'node_modules') '@microsoft'
    $multitool = Join-Path (Join-Path $package 'sarif-multitool-linux') 'Sarif.Multitool'
    if ($onWindows -or (Test-Path -LiteralPath $multitool)) {
        return
    }

    Write-Host "npm install @microsoft/sarif-multitool-linux@$sarifMultitoolVersion" -ForegroundColor Cyan
    & npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix (Join-Path (Join-Path $repositoryRoot '.tools') 'sarif') "@microsoft/sarif-multitool-linux@$sarifMultitoolVersion"
    if ($LASTEXITCODE -ne 0) {
        throw "npm install of the SARIF Multitool failed with exit code $LASTEXITCODE."
    }

    # npm skips the package's own postinstall chmod.
    & chmod u+x $multitool
}

function Get-PesterManifest {
    $installed = Get-Module -Name Pester -ListAvailable |
        Where-Object { $_.Version -eq [version]$pesterVersion } |
        Select-Object -First 1
    if ($null -ne $installed) {
        return $installed.Path
    }

    # The NuGet package's tools/ folder is the module; tests/SpofAudit.Module.Tests downloads it on restore.
    $globalPackages = (& dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    Join-Path (Join-Path (Join-Path (Join-Path $globalPackages.Trim() 'pester') $pesterVersion) 'tools') 'Pester.psd1'
}

function Invoke-SetupTask {
    Install-DebianPackages
    Install-SarifMultitool
    Invoke-DotNet -Arguments @('tool', 'restore')
    Invoke-DotNet -Arguments @('restore', $solution)
    $pester = Get-PesterManifest
    if (-not (Test-Path -LiteralPath $pester)) {
        throw "Pester $pesterVersion was not restored: $pester is missing."
    }
}

function Invoke-PesterTests {
    $pester = Get-PesterManifest
    $testsFolder = Join-Path $repositoryRoot 'tests'
    $paths = @(Get-ChildItem -LiteralPath $testsFolder -Filter '*.Tests.ps1' -File | ForEach-Object { $_.FullName })
    $paths += Join-Path (Join-Path $repositoryRoot 'examples') 'compliance.Tests.ps1'

    # A background job is a separate process (in 5.1 and 7): the tests load the module's DLLs
    # there, so this session never locks them against the next build.
    $job = Start-Job -ArgumentList $pester, $paths -ScriptBlock {
        param([string]$PesterManifest, [string[]]$TestPaths)
        Import-Module -Name $PesterManifest -Force
        $configuration = New-PesterConfiguration
        $configuration.Run.Path = $TestPaths
        $configuration.Run.PassThru = $true
        $configuration.Output.Verbosity = 'Detailed'
        $started = [System.Diagnostics.Stopwatch]::StartNew()
        $result = Invoke-Pester -Configuration $configuration
        [pscustomobject]@{
            Passed  = $result.PassedCount
            Failed  = $result.FailedCount
            Skipped = $result.SkippedCount + $result.NotRunCount
            Result  = [string]$result.Result
            Seconds = [math]::Round($started.Elapsed.TotalSeconds, 1)
        }
    }
    $summary = $job | Receive-Job -Wait -AutoRemoveJob | Select-Object -Last 1
    if ($null -eq $summary) {
        throw 'The Pester run ended without a result.'
    }

    Write-Host "Pester: $($summary.Passed) passed, $($summary.Failed) failed, $($summary.Skipped) skipped in $($summary.Seconds) s" -ForegroundColor Cyan
    $summary
}

function Invoke-TestTask {
    # dotnet test's own summary lines ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, ...") are
    # summed with Pester's, so one closing line speaks for both suites.
    $lines = & dotnet test $solution --configuration $Configuration --nologo 2>&1 | ForEach-Object { $line = "$_"; Write-Host $line; $line }
    $xunitExit = $LASTEXITCODE
    $counts = @{ Passed = 0; Failed = 0; Skipped = 0 }
    foreach ($line in $lines) {
        if ($line -match '(Passed|Failed)! +- +Failed: +(\d+), +Passed: +(\d+), +Skipped: +(\d+)') {
            $counts.Failed += [int]$Matches[2]
            $counts.Passed += [int]$Matches[3]
            $counts.Skipped += [int]$Matches[4]
        }
    }

    $pester = Invoke-PesterTests
    $fuzzExit = Invoke-FuzzSuite
    $passed = $counts.Passed + $pester.Passed
    $failed = $counts.Failed + $pester.Failed
    $skipped = $counts.Skipped + $pester.Skipped
    Write-Host "tests: $passed passed, $failed failed, $skipped skipped"
    if ($xunitExit -ne 0) {
        throw "dotnet test failed with exit code $xunitExit."
    }

    if ($pester.Failed -gt 0 -or $pester.Result -ne 'Passed') {
        throw "Pester tests failed ($($pester.Failed) failed)."
    }

    if ($fuzzExit -ne 0) {
        throw "The fuzz suite found violations (exit code $fuzzExit); the cases are in out/fuzz."
    }
}

function Invoke-FuzzSuite {
    if ($FuzzSeconds -le 0) {
        return 0
    }

    # dotnet test builds only the test projects: the fuzz suite is a program, built here. A fixed seed keeps a CI run
    # repeatable.
    $project = Join-Path $repositoryRoot 'tests/SpofAudit.Fuzz/SpofAudit.Fuzz.csproj'
    & dotnet build $project --configuration $Configuration --nologo --verbosity quiet | ForEach-Object { Write-Host "$_" }
    if ($LASTEXITCODE -ne 0) {
        return $LASTEXITCODE
    }

    $fuzz = Join-Path $repositoryRoot "tests/SpofAudit.Fuzz/bin/$Configuration/net10.0/spofaudit-fuzz.dll"
    & dotnet $fuzz all --seconds $FuzzSeconds --seed 1 | ForEach-Object { Write-Host "$_" }
    $LASTEXITCODE
}

function Get-UserModuleRoot {
    $userHome = [Environment]::GetFolderPath('UserProfile')
    $entries = @($env:PSModulePath -split [IO.Path]::PathSeparator | Where-Object { $_ })
    $own = $entries | Where-Object { $_.StartsWith($userHome, [StringComparison]::OrdinalIgnoreCase) } | Select-Object -First 1
    if ($null -eq $own) {
        throw "No PSModulePath entry lies under $userHome; give -ModuleRoot."
    }

    $own
}

function Invoke-InstallTask {
    if (-not (Test-Path -LiteralPath (Join-Path $moduleFolder 'SpofAudit.psd1'))) {
        throw "Nothing to install: $moduleFolder holds no built module. Run: ./build.ps1 -Task Build, Install"
    }

    $root = if ($ModuleRoot) { $ModuleRoot } else { Get-UserModuleRoot }
    $version = (Import-PowerShellDataFile -LiteralPath (Join-Path $moduleFolder 'SpofAudit.psd1')).ModuleVersion
    # A versioned folder, as Install-Module lays it out, so several versions can sit side by side.
    $target = Join-Path (Join-Path $root 'SpofAudit') $version
    if (Test-Path -LiteralPath $target) {
        Remove-Item -LiteralPath $target -Recurse -Force
    }

    $null = New-Item -ItemType Directory -Path $target -Force
    Copy-Item -Path (Join-Path $moduleFolder '*') -Destination $target -Recurse
    Write-Host "Installed: $target" -ForegroundColor Green
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

    # The .nupkg the PowerShell Gallery takes, built offline from the same folder.
    if ($null -eq (Get-Command -Name Compress-PSResource -ErrorAction Ignore)) {
        Write-Warning 'Compress-PSResource (PSResourceGet 1.1 or later, in PowerShell 7.4 and later) is not available: no .nupkg.'
        return
    }

    $nupkg = Join-Path $outputRoot "SpofAudit.$version.nupkg"
    if (Test-Path -LiteralPath $nupkg) {
        Remove-Item -LiteralPath $nupkg -Force
    }

    Compress-PSResource -Path $moduleFolder -DestinationPath $outputRoot
    if (-not (Test-Path -LiteralPath $nupkg)) {
        throw "Compress-PSResource did not write $nupkg."
    }

    Write-Host "Package: $nupkg" -ForegroundColor Green
}

foreach ($step in @('Setup', 'Build', 'Test', 'Install', 'Package')) {
    # Test consumes what Setup installs, so it always sets up first.
    if ($Task -contains $step -or ($step -eq 'Setup' -and $Task -contains 'Test')) {
        switch ($step) {
            'Setup' { Invoke-SetupTask }
            'Build' { Invoke-BuildTask }
            'Test' { Invoke-TestTask }
            'Install' { Invoke-InstallTask }
            'Package' { Invoke-PackageTask }
        }
    }
}
