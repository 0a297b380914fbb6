# Pester 5 tests of the module as the PowerShell Gallery and PSResourceGet see it: licence, gallery data,
# and a package that installs from a repository and works in a fresh session.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/Packaging.Tests.ps1

BeforeAll {
    $repositoryRoot = Split-Path -Parent $PSScriptRoot
    $moduleFolder = Join-Path (Join-Path $repositoryRoot 'out') 'SpofAudit'
    $manifest = Join-Path $moduleFolder 'SpofAudit.psd1'
}

Describe 'Licence and gallery data' {
    It 'has an MIT LICENSE file at the root and in the module' {
        foreach ($file in (Join-Path $repositoryRoot 'LICENSE'), (Join-Path $moduleFolder 'LICENSE')) {
            $text = Get-Content -LiteralPath $file -Raw
            $text | Should -Match '^MIT License'
            $text | Should -Match 'Copyright \(c\) SpofAudit developers'
            $text | Should -Match 'THE SOFTWARE IS PROVIDED "AS IS"'
        }
    }

    It 'names the licence, the project and the release notes in the manifest' {
        $module = Test-ModuleManifest -Path $manifest -ErrorAction Stop
        "$($module.ProjectUri)" | Should -Be 'https://github.com/spofaudit/spofaudit'
        "$($module.LicenseUri)" | Should -Be 'https://github.com/spofaudit/spofaudit/blob/main/LICENSE'
        $module.ReleaseNotes | Should -Match 'SpofAudit'
        $module.Tags | Should -Contain 'SPOF'
        $module.Copyright | Should -Be 'Copyright (c) SpofAudit developers'
    }
}

Describe 'The module package' -Skip:($null -eq (Get-Command -Name Compress-PSResource -ErrorAction Ignore)) {
    BeforeAll {
        # The call build.ps1 -Task Package makes, into a folder that serves as a local repository.
        $repository = Join-Path $TestDrive 'repository'
        $null = New-Item -ItemType Directory -Path $repository
        Compress-PSResource -Path $moduleFolder -DestinationPath $repository
        $version = (Import-PowerShellDataFile -LiteralPath $manifest).ModuleVersion
        $repositoryName = 'SpofAuditTest' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        Register-PSResourceRepository -Name $repositoryName -Uri $repository -Trusted
    }

    AfterAll {
        Unregister-PSResourceRepository -Name $repositoryName -ErrorAction Ignore
    }

    It 'is a .nupkg named for the module and its version' {
        Join-Path $repository "SpofAudit.$version.nupkg" | Should -Exist
    }

    It 'saves from a local repository and reports on web-tier.yaml in a fresh pwsh' {
        $installed = Join-Path $TestDrive 'modules'
        $null = New-Item -ItemType Directory -Path $installed
        Save-PSResource -Name SpofAudit -Version $version -Repository $repositoryName -Path $installed -TrustRepository -ErrorAction Stop
        Join-Path (Join-Path (Join-Path $installed 'SpofAudit') $version) 'SpofAudit.psd1' | Should -Exist
        Join-Path (Join-Path (Join-Path $installed 'SpofAudit') $version) 'LICENSE' | Should -Exist

        $example = Join-Path (Join-Path $repositoryRoot 'examples') 'web-tier.yaml'
        $script = @"
`$env:PSModulePath = '$installed' + [System.IO.Path]::PathSeparator + `$env:PSModulePath
Import-Module SpofAudit -ErrorAction Stop
if ((Get-Module SpofAudit).ModuleBase -notlike '$installed*') { throw 'not the installed module' }
(Get-SpofReport -Path '$example' | ForEach-Object Id | Sort-Object) -join ','
"@
        $output = & (Join-Path $PSHOME 'pwsh') -NoProfile -NonInteractive -Command $script
        $LASTEXITCODE | Should -Be 0
        $output | Should -Match 'SinglePointOfFailure/lb'
        $output | Should -Match 'SinglePointOfFailure/db'
    }

    It 'resolves for Install-PSResource (checked with -WhatIf, which writes nothing to the user''s modules)' {
        { Install-PSResource -Name SpofAudit -Version $version -Repository $repositoryName -TrustRepository -WhatIf -ErrorAction Stop } | Should -Not -Throw
    }
}
