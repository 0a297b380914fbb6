# Pester 5 tests of findings that went through PowerShell's serializer: Export-Clixml/Import-Clixml,
# Start-Job/Receive-Job (and so remoting). They come back as 'Deserialized.SpofAudit.Findings.Finding'
# property bags and must still pipe into Export-SpofReport and Compare-SpofReport.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/Serialization.Tests.ps1

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')

    # The JSON report of findings, read back as text.
    function Get-JsonReport {
        param([string]$Name, [object[]]$Findings)
        $file = Join-Path $TestDrive "$Name.json"
        $Findings | Export-SpofReport -Path $file -Format Json
        Get-Content -LiteralPath $file -Raw
    }
}

AfterAll {
    Remove-Module -Name SpofAudit -ErrorAction SilentlyContinue
}

# Examples whose findings carry locations, suppressions, double-fault pairs and likelihoods.
Describe 'Findings after Export-Clixml and Import-Clixml' -ForEach @(
    @{ Name = 'web-tier' }, @{ Name = 'webshop' }, @{ Name = 'quorum-store' }, @{ Name = 'quorum-hygiene' },
    @{ Name = 'failover-and-data-loss' }, @{ Name = 'capacity-cascade' },
    @{ Name = 'double-faults'; Depth = 2 }, @{ Name = 'web-tier'; Suppressed = $true }
) {
    BeforeAll {
        $parameters = @{ Path = Get-ExamplePath $Name }
        if ($Depth) {
            $parameters.Depth = $Depth
        }
        if ($Suppressed) {
            $parameters.SuppressionPath = Join-Path $TestDrive 'accepted.yaml'
            Set-Content -LiteralPath $parameters.SuppressionPath -Encoding ASCII -Value @(
                'suppressions:'
                '  - id: SinglePointOfFailure/lb'
                '    justification: Second load balancer ordered'
                '    owner: alice'
                '    expires: 2099-01-31'
            )
        }
        $name = "$Name-$Depth-$Suppressed"
        $direct = @(Get-SpofReport @parameters)
        $file = Join-Path $TestDrive "$name.clixml"
        $direct | Export-Clixml -LiteralPath $file
        $imported = @(Import-Clixml -LiteralPath $file)
    }

    It 'exports the same JSON report from <Name> as the findings themselves' {
        if ($Depth) {
            @($direct | Where-Object Pair).Count | Should -BeGreaterThan 0
        }
        if ($Suppressed) {
            @($direct | Where-Object IsSuppressed).Count | Should -Be 1
        }
        $imported.Count | Should -Be $direct.Count
        Get-JsonReport "$name-imported" $imported | Should -Be (Get-JsonReport "$name-direct" $direct)
    }

    It 'compares with the findings of <Name> as unchanged' {
        $changes = @($imported | Compare-SpofReport -ReferenceObject $direct)
        @($changes | Where-Object Change -ne 'Unchanged').Count | Should -Be 0
        $changes.Count | Should -Be $direct.Count
        $back = @(Compare-SpofReport -ReferenceObject $imported -DifferenceObject $direct)
        @($back | Where-Object Change -ne 'Unchanged').Count | Should -Be 0
    }

    It 'converts back to findings of <Name> with the same Id, Kind, Severity, Target and the rest' {
        for ($i = 0; $i -lt $direct.Count; $i++) {
            $finding = [SpofAudit.Findings.Finding]$imported[$i]
            $expected = $direct[$i]
            $finding.GetType().FullName | Should -Be 'SpofAudit.Findings.Finding'
            $finding.Id | Should -Be $expected.Id
            $finding.Kind | Should -Be $expected.Kind
            $finding.Severity | Should -Be $expected.Severity
            $finding.Target | Should -Be $expected.Target
            $finding.TargetType | Should -Be $expected.TargetType
            $finding.Recommendation | Should -Be $expected.Recommendation
            $finding.Model | Should -Be $expected.Model
            $finding.Likelihood | Should -Be $expected.Likelihood
            "$($finding.Location)" | Should -Be "$($expected.Location)"
            "$($finding.Suppression)" | Should -Be "$($expected.Suppression)"
            "$($finding.Suppression.Location)" | Should -Be "$($expected.Suppression.Location)"
            $finding.Suppression.Justification | Should -Be $expected.Suppression.Justification
            "$($finding.Pair)" | Should -Be "$($expected.Pair)"
            $finding.Pair.FirstKind | Should -Be $expected.Pair.FirstKind
            $finding.Suppression.Expires | Should -Be $expected.Suppression.Expires
            foreach ($list in 'Affects', 'Path', 'Components', 'ResourceIds') {
                (@($finding.$list) -join ',') | Should -Be (@($expected.$list) -join ',') -Because $list
            }
        }
    }
}

Describe 'Findings received from a job' {
    It 'pipe into Export-SpofReport and give the JSON report of the findings themselves' {
        $path = Get-ExamplePath 'webshop'
        $job = Start-Job -ScriptBlock {
            param($Manifest, $Path)
            Import-Module $Manifest
            Get-SpofReport -Path $Path
        } -ArgumentList $manifest, $path
        $received = @($job | Wait-Job -Timeout 120 | Receive-Job)
        $job | Remove-Job -Force
        $direct = @(Get-SpofReport -Path $path)
        $received.Count | Should -Be $direct.Count
        Get-JsonReport 'job-received' $received | Should -Be (Get-JsonReport 'job-direct' $direct)
        @($received | Compare-SpofReport -ReferenceObject $direct | Where-Object Change -ne 'Unchanged').Count | Should -Be 0
    }

    It 'bind even when they were received before the module was imported' {
        $path = Get-ExamplePath 'web-tier'
        $file = Join-Path $TestDrive 'fresh.json'
        $script = "Import-Module '$manifest'; Get-SpofReport -Path '$path' | Export-Clixml -LiteralPath '$TestDrive/fresh.clixml'"
        & (Join-Path $PSHOME 'pwsh') -NoProfile -NonInteractive -Command $script
        $check = @"
`$found = Import-Clixml -LiteralPath '$TestDrive/fresh.clixml'
Import-Module '$manifest'
`$found | Export-SpofReport -Path '$file' -Format Json
"@
        & (Join-Path $PSHOME 'pwsh') -NoProfile -NonInteractive -Command $check
        $LASTEXITCODE | Should -Be 0
        Get-Content -LiteralPath $file -Raw | Should -Be (Get-JsonReport 'fresh-direct' (Get-SpofReport -Path $path))
    }
}

# A finding that affects more than 64 entrypoints lists the first 10 and counts the rest (issue 14): the count
# must survive the serializer, or a report or comparison of imported findings would lose it.
Describe 'Findings with lists cut at their first names' {
    BeforeAll {
        $model = Join-Path $TestDrive 'all-entrypoints.yaml'
        $lines = @('apiVersion: spofaudit/v1', 'name: all-entrypoints', 'entrypoints:')
        $lines += 0..99 | ForEach-Object { "  - c$_" }
        $lines += 'components:'
        $lines += 0..99 | ForEach-Object { "  c$($_):"; if ($_ -lt 99) { "    dependsOn: [c$($_ + 1)]" } }
        Set-Content -LiteralPath $model -Encoding ASCII -Value $lines
        $direct = @(Get-SpofReport -Path $model)
        $file = Join-Path $TestDrive 'all-entrypoints.clixml'
        $direct | Export-Clixml -LiteralPath $file
        $imported = @(Import-Clixml -LiteralPath $file)
    }

    It 'keep their counts through Export-Clixml and Import-Clixml' {
        $last = [SpofAudit.Findings.Finding]($imported | Where-Object Id -eq 'SinglePointOfFailure/c99')
        $last.AffectsCount | Should -Be 100
        @($last.Affects).Count | Should -Be 10
        Get-JsonReport 'cut-imported' $imported | Should -Be (Get-JsonReport 'cut-direct' $direct)
        @($imported | Compare-SpofReport -ReferenceObject $direct | Where-Object Change -ne 'Unchanged').Count | Should -Be 0
    }

    It 'show how many they left out in the list view' {
        $text = $direct | Where-Object Id -eq 'SinglePointOfFailure/c99' | Format-List | Out-String
        $text | Should -Match 'Affects\s*:\s*c0, c1, c10, c11, c12, c13, c14, c15, c16, c17 and 90 more'
    }
}
