# Pester 5 tests of the AWS faces of the built module: AWS CLI exports through -Path, and the -Aws
# parameter set's errors (a live account is exercised by the C# tests against a local endpoint).
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/SpofAudit.Aws.Tests.ps1

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')
    . (Join-Path $PSScriptRoot 'FakeAwsEndpoint.ps1')
    $account = Join-Path (Join-Path (Join-Path $repositoryRoot 'examples') 'aws') 'three-tier'
    $exports = @(Get-ChildItem -LiteralPath $account -Filter '*.json' | ForEach-Object { $_.FullName })
}

AfterAll {
    Remove-Module -Name SpofAudit -ErrorAction SilentlyContinue
}

Describe 'AWS CLI exports' {
    It 'builds the recorded account from its exports' {
        $model = Get-SpofModel -Path $exports
        $model.Name | Should -Be 'aws-123456789012'
        ($model.Entrypoints -join ', ') | Should -Be 'shop-alb'
    }

    It 'finds the hidden NAT gateway zone risk' {
        $zone = Get-SpofReport -Path $exports -Kind SingleZoneRisk
        $zone.Id | Should -Be 'SingleZoneRisk/us-east-1a'
        ($zone.Path -join ' > ') | Should -Be 'shop-alb > shop-web > shop-nat > us-east-1a'
    }
}

Describe 'Get-SpofReport -Aws' {
    It 'reports an unknown profile as an AwsProfileNotFound error' {
        $findings = Get-SpofReport -Aws -Region us-east-1 -ProfileName 'spofaudit-no-such-profile' -ErrorAction SilentlyContinue -ErrorVariable failures
        $findings | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AwsProfileNotFound,*'
        $failures[0].CategoryInfo.Category | Should -Be 'AuthenticationError'
    }

    It 'rejects an endpoint that is not a URL' {
        $null = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl 'not a url' -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AwsEndpointInvalid,*'
    }
}

Describe 'A partial live read piped to Export-SpofReport' {
    BeforeAll {
        # rds:DescribeDBInstances denied: the read goes on without it and marks the inventory incomplete.
        $endpoint = Start-FakeAwsEndpoint -DeniedAction 'DescribeDBInstances'
        $savedKey, $savedSecret = $env:AWS_ACCESS_KEY_ID, $env:AWS_SECRET_ACCESS_KEY
        $env:AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE'
        $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
        $findings = @(Get-SpofReport -Aws -Region us-east-1 -EndpointUrl $endpoint.Url -WarningVariable readWarnings -WarningAction SilentlyContinue)
    }

    AfterAll {
        $env:AWS_ACCESS_KEY_ID, $env:AWS_SECRET_ACCESS_KEY = $savedKey, $savedSecret
        Stop-FakeAwsEndpoint $endpoint
    }

    It 'is a partial read: findings, and a warning naming the denied call' {
        $findings.Count | Should -BeGreaterThan 0
        ($readWarnings | ForEach-Object { "$_" }) -join "`n" | Should -Match 'rds:DescribeDBInstances'
    }

    It 'keeps its incomplete-inventory mark in the <Format> report without -Model' -ForEach @(
        @{ Format = 'Json'; Pattern = '"incomplete": \[\s*"aws account 123456789012[^"]*incomplete, not read: [^"]*rds:DescribeDBInstances' }
        @{ Format = 'Markdown'; Pattern = 'Incomplete inventory:.*rds:DescribeDBInstances' }
        @{ Format = 'Csv'; Pattern = 'rds:DescribeDBInstances' }
    ) {
        $file = Join-Path $TestDrive "partial.$Format"
        $findings | Export-SpofReport -Path $file -Format $Format
        Get-Content -LiteralPath $file -Raw | Should -Match $Pattern
    }

    It 'keeps the mark when only some findings are piped on, and after Start-Job' {
        $file = Join-Path $TestDrive 'filtered.json'
        $findings | Where-Object Severity -ge 'High' | Select-Object -First 1 | Export-SpofReport -Path $file
        (Get-Content -LiteralPath $file -Raw | ConvertFrom-Json).incomplete | Should -Match 'rds:DescribeDBInstances'

        $returned = Start-Job -ScriptBlock { param($f) $f } -ArgumentList (, $findings) | Receive-Job -Wait -AutoRemoveJob
        $file = Join-Path $TestDrive 'from-job.json'
        $returned | Export-SpofReport -Path $file
        (Get-Content -LiteralPath $file -Raw | ConvertFrom-Json).incomplete | Should -Match 'rds:DescribeDBInstances'
    }

    It 'names what was not read on each finding' {
        $findings[0].IncompleteInventory.IncompleteLines | Should -Match 'rds:DescribeDBInstances'
        ($findings | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv)[0].IncompleteInventory | Should -Match 'incomplete, not read: .*rds:DescribeDBInstances'
    }

    It 'leaves findings of a complete read unmarked' {
        @(Get-SpofReport -Path $exports | Where-Object { $null -ne $_.IncompleteInventory }).Count | Should -Be 0
    }
}
