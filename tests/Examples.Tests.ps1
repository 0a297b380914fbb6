# Pester 5 tests of the examples as their own help shows them, against the module installed the way
# README says: ./build.ps1 -Task Build, Install. Each runs in a child pwsh, as cron or Task Scheduler would.

BeforeAll {
    $repositoryRoot = Split-Path -Parent $PSScriptRoot
    $pwsh = Join-Path $PSHOME 'pwsh'
    $modules = Join-Path $TestDrive 'Modules'
    $build = Join-Path $repositoryRoot 'build.ps1'
    & $pwsh -NoProfile -NonInteractive -File $build -Task Install -ModuleRoot $modules | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "build.ps1 -Task Install failed with exit code $LASTEXITCODE" }

    # Runs a command in a fresh pwsh whose module path starts with the installed module.
    function Invoke-Fresh {
        param([string[]]$Arguments)
        $saved = $env:PSModulePath
        try {
            $env:PSModulePath = $modules + [IO.Path]::PathSeparator + $saved
            $output = & $pwsh -NoProfile -NonInteractive @Arguments 2>&1 | ForEach-Object { "$_" }
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output -join [Environment]::NewLine }
        }
        finally {
            $env:PSModulePath = $saved
        }
    }
}

Describe 'build.ps1 -Task Install' {
    It 'installs the module in a versioned folder that Import-Module finds by name' {
        $version = (Import-PowerShellDataFile -Path (Join-Path $repositoryRoot 'SpofAudit.psd1')).ModuleVersion
        Join-Path $modules "SpofAudit/$version/SpofAudit.psd1" | Should -Exist
        $example = Join-Path (Join-Path $repositoryRoot 'examples') 'web-tier.yaml'
        $run = Invoke-Fresh -Arguments @('-Command', "Import-Module SpofAudit; (Get-SpofReport -Path '$example').Count")
        $run.ExitCode | Should -Be 0
        $run.Output.Trim() | Should -Be '6'
    }
}

Describe 'examples/scheduled-audit.ps1' {
    BeforeAll {
        $audits = Join-Path $TestDrive 'audits'
        $script = Join-Path (Join-Path $repositoryRoot 'examples') 'scheduled-audit.ps1'
    }

    It 'runs as its first .EXAMPLE shows: dated JSON and HTML reports, exit 0 on the first run' {
        Push-Location $repositoryRoot
        try {
            $run = Invoke-Fresh -Arguments @('-File', $script, '-ArchitecturePath', './examples/web-tier.yaml', '-OutputDirectory', $audits)
        }
        finally {
            Pop-Location
        }

        $run.Output | Should -Match 'First run'
        $run.ExitCode | Should -Be 0
        $stamp = Get-Date -Format 'yyyy-MM-dd'
        Join-Path $audits "spof-$stamp.json" | Should -Exist
        Join-Path $audits "spof-$stamp.html" | Should -Exist
    }

    It 'exits 1 when a finding at or above -FailOn is new since the previous report' {
        # Yesterday's report held no finding, so every High finding of today is new.
        $yesterday = Join-Path $audits "spof-$((Get-Date).AddDays(-1).ToString('yyyy-MM-dd')).json"
        Set-Content -LiteralPath $yesterday -Value '{"schemaVersion": 1, "model": "web-tier", "findings": []}'
        Push-Location $repositoryRoot
        try {
            $run = Invoke-Fresh -Arguments @('-File', $script, '-ArchitecturePath', './examples/web-tier.yaml', '-OutputDirectory', $audits, '-FailOn', 'High')
        }
        finally {
            Pop-Location
        }

        $run.Output | Should -Match 'new or worsened finding'
        $run.ExitCode | Should -Be 1
    }

    It 'exits 1 and names the entrypoint when a truck factor fell since the previous report, though no finding is new' {
        $shop = "apiVersion: spofaudit/v1`nname: shop`nentrypoints: [api, web]`npeople: {alice: {}, bob: {}, carol: {}}`ncomponents:`n" +
            "  web: {instances: 2, dependsOn: [db], owners: [alice, bob]}`n  db: {instances: 2, owners: [alice, bob]}`n" +
            "  api: {instances: 2, dependsOn: [svc], owners: [alice, bob]}`n  svc: {instances: 2, owners: [carol]}`n"
        $before = Join-Path $TestDrive 'shop-before.yaml'
        Set-Content -LiteralPath $before -Value $shop
        # Today web also needs svc, which only carol can operate: carol's finding only affects more.
        $after = Join-Path $TestDrive 'shop-after.yaml'
        Set-Content -LiteralPath $after -Value $shop.Replace('dependsOn: [db]', 'dependsOn: [db, svc]')
        $shopAudits = Join-Path $TestDrive 'shop-audits'
        # Yesterday's report: the script's own run on the earlier model, renamed a day back.
        (Invoke-Fresh -Arguments @('-File', $script, '-ArchitecturePath', $before, '-OutputDirectory', $shopAudits)).ExitCode | Should -Be 0
        Move-Item -LiteralPath (Join-Path $shopAudits "spof-$(Get-Date -Format 'yyyy-MM-dd').json") -Destination (Join-Path $shopAudits "spof-$((Get-Date).AddDays(-1).ToString('yyyy-MM-dd')).json")

        $run = Invoke-Fresh -Arguments @('-File', $script, '-ArchitecturePath', $after, '-OutputDirectory', $shopAudits, '-FailOn', 'Medium')

        $run.Output | Should -Match 'fallen truck factor\(s\) at or above Medium: web: truck factor 2 -> 1'
        $run.ExitCode | Should -Be 1
    }

    It 'exits 2 with the reason when the architecture file does not exist' {
        $run = Invoke-Fresh -Arguments @('-File', $script, '-ArchitecturePath', (Join-Path $TestDrive 'missing.yaml'), '-OutputDirectory', $audits)
        $run.ExitCode | Should -Be 2
        $run.Output | Should -Match 'missing.yaml'
    }
}
