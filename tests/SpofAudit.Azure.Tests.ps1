# Pester 5 tests of the Azure faces of the built module: offline exports, overlays, and -Azure's parameters.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/SpofAudit.Azure.Tests.ps1
# The live route (-Azure) needs a signed-in identity; its client is tested in C# against a local HTTPS server.

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')
    $azureExamples = Join-Path (Join-Path $repositoryRoot 'examples') 'azure'

    function Get-FindingIds {
        param([object[]]$Findings)
        (@($Findings | ForEach-Object { $_.Id }) | Sort-Object) -join ', '
    }
}

AfterAll {
    Remove-Module -Name SpofAudit -ErrorAction SilentlyContinue
}

Describe 'Azure exports' {
    It 'finds only the region of the zone-redundant web app, and its two owners together' {
        $ids = Get-FindingIds (Get-SpofReport -Path (Join-Path $azureExamples 'zone-redundant-webapp.json'))
        $ids | Should -Be 'KnowledgeConcentration/alice+bob, SingleRegionRisk/westeurope'
    }

    It 'finds the zone of the single-zone web app' {
        $findings = Get-SpofReport -Path (Join-Path $azureExamples 'single-zone-webapp.json') -Kind SingleZoneRisk
        Get-FindingIds $findings | Should -Be 'SingleZoneRisk/westeurope-1, SingleZoneRisk/westeurope-nozone'
    }

    It 'merges a YAML overlay given beside the export' {
        $model = Get-SpofModel -Path (Join-Path $azureExamples 'zone-redundant-webapp.json'), (Join-Path $azureExamples 'shop-overlay.yaml')
        $model.Entrypoints | Should -Be @('shop-agw')
        Get-FindingIds ($model | Get-SpofReport -Kind SinglePointOfFailure) | Should -Be 'SinglePointOfFailure/payments'
    }
}

Describe 'Get-SpofReport -Azure' {
    It 'accepts only the known clouds' {
        { Get-SpofReport -Azure -Environment Mars -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,SpofAudit.PowerShell.GetSpofReportCommand'
    }

    It 'takes another Resource Manager only as an https:// URL, before signing in' {
        { Get-SpofReport -Azure -ResourceManagerEndpoint 'http://127.0.0.1:8080/' -ErrorAction Stop } |
            Should -Throw -ErrorId 'AzureEndpointInvalid,SpofAudit.PowerShell.GetSpofReportCommand' -ExpectedMessage "*the Resource Manager endpoint 'http://127.0.0.1:8080/' is not an absolute https:// URL*"
    }

    It 'does not mix -Azure with -Path' {
        { Get-SpofReport -Azure -Path (Join-Path $azureExamples 'single-zone-webapp.json') -ErrorAction Stop } | Should -Throw -ErrorId 'AmbiguousParameterSet,SpofAudit.PowerShell.GetSpofReportCommand'
    }
}
