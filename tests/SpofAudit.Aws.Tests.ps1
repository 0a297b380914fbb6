# Pester 5 tests of the AWS faces of the built module: AWS CLI exports through -Path, and the -Aws
# parameter set's errors (a live account is exercised by the C# tests against a local endpoint).
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/SpofAudit.Aws.Tests.ps1

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')
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
