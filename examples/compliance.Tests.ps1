# A deployment gate: this Pester test fails the pipeline when the architecture has a single
# point of failure (or any finding) at High severity or above.
#   Invoke-Pester ./examples/compliance.Tests.ps1
# Build the module first (./build.ps1 -Task Build, or `dotnet build`), which writes out/SpofAudit.

BeforeAll {
    $repositoryRoot = Split-Path -Parent $PSScriptRoot
    $manifest = Join-Path (Join-Path (Join-Path $repositoryRoot 'out') 'SpofAudit') 'SpofAudit.psd1'
    Import-Module $manifest -Force
}

Describe 'Production architecture compliance' {
    It 'has no single point of failure at High severity or above' {
        $architecture = Join-Path $PSScriptRoot 'two-regions.yaml'
        Get-SpofReport -Path $architecture -MinimumSeverity High | Should -BeNullOrEmpty
    }

    It 'has no component that a single person alone can operate' {
        $architecture = Join-Path $PSScriptRoot 'two-regions.yaml'
        Get-SpofReport -Path $architecture -Kind PersonnelDependency | Should -BeNullOrEmpty
    }
}
