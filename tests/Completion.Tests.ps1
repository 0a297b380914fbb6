# Pester 5 tests of tab completion as an admin gets it: through TabExpansion2, the function PSReadLine and
# editors call.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/Completion.Tests.ps1

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')

    # What TAB offers with the cursor at the end of the line (or at -Column).
    function Get-Completion {
        param([string]$Line, [int]$Column = $Line.Length)
        @((TabExpansion2 -inputScript $Line -cursorColumn $Column).CompletionMatches | ForEach-Object { $_.CompletionText })
    }
}

AfterAll {
    Remove-Module -Name SpofAudit -ErrorAction SilentlyContinue
}

Describe 'Get-SpofImpact -Fail completion' {
    BeforeAll {
        Push-Location $repositoryRoot
    }

    AfterAll {
        Pop-Location
    }

    It 'offers the components, instances, zones and region of the -Path model' {
        $names = Get-Completion 'Get-SpofImpact -Path ./examples/web-tier.yaml -Fail '
        foreach ($name in 'lb', 'app', 'db', 'cache', 'db-1', 'us-east-1a', 'us-east-1b', 'us-east-1') {
            $names | Should -Contain $name
        }
    }

    It 'narrows to what is typed, with the positional path and the cursor before -Path' {
        Get-Completion 'Get-SpofImpact ./examples/web-tier.yaml -Fail us-east-1' | Should -Be @('us-east-1a', 'us-east-1b', 'us-east-1')
        $line = 'Get-SpofImpact -Fail d -Path ./examples/web-tier.yaml'
        Get-Completion $line -Column 22 | Should -Be @('db', 'db-1')
    }

    It 'offers people and kind:name forms' {
        $names = Get-Completion "Get-SpofImpact -Path '$examples/webshop.yaml' -Fail "
        $names | Should -Contain 'alice'
        Get-Completion 'Get-SpofImpact -Path ./examples/web-tier.yaml -Fail zone:' | Should -Be @('zone:us-east-1a', 'zone:us-east-1b')
    }

    It 'completes what Get-SpofImpact then accepts' {
        foreach ($name in Get-Completion 'Get-SpofImpact -Path ./examples/webshop.yaml -Fail ') {
            { Get-SpofImpact -Path ./examples/webshop.yaml -Fail $name -ErrorAction Stop } | Should -Not -Throw -Because $name
        }
    }

    It 'completes nothing, silently, without a readable model' {
        $Error.Clear()
        Get-Completion 'Get-SpofImpact -Path ./no-such-model.yaml -Fail ' | Should -BeNullOrEmpty
        $broken = Join-Path $TestDrive 'broken.yaml'
        Set-Content -LiteralPath $broken -Value 'components: [ {'
        Get-Completion "Get-SpofImpact -Path '$broken' -Fail " | Should -BeNullOrEmpty
        Get-Completion 'Get-SpofImpact -Fail ' | Should -BeNullOrEmpty
        $Error.Count | Should -Be 0
    }
}

Describe 'Cloud parameter completion' {
    It 'offers AWS region names for -Region' {
        $regions = Get-Completion 'Get-SpofReport -Aws -Region eu-'
        $regions | Should -Contain 'eu-west-1'
        $regions | Should -Contain 'eu-central-1'
        $regions | Should -Not -Contain 'us-east-1'
        Get-Completion 'Measure-SpofAvailability -Aws -Region us-gov-w' | Should -Be @('us-gov-west-1')
    }

    Context 'AWS profiles' {
        BeforeAll {
            $saved = @{ Config = $env:AWS_CONFIG_FILE; Credentials = $env:AWS_SHARED_CREDENTIALS_FILE }
            $env:AWS_CONFIG_FILE = Join-Path $TestDrive 'aws-config'
            $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'aws-credentials'
            Set-Content -LiteralPath $env:AWS_CONFIG_FILE -Value @(
                '[default]', 'region = us-east-1', '[profile audit-prod]', 'role_arn = arn:aws:iam::123456789012:role/audit',
                '[sso-session corp]', 'sso_region = us-east-1', '[profile audit staging]', 'region = eu-west-1'
            )
            Set-Content -LiteralPath $env:AWS_SHARED_CREDENTIALS_FILE -Value @(
                '[default]', 'aws_access_key_id = AKIAEXAMPLE', '[ci-runner]', 'aws_access_key_id = AKIAEXAMPLE2'
            )
        }

        AfterAll {
            $env:AWS_CONFIG_FILE = $saved.Config
            $env:AWS_SHARED_CREDENTIALS_FILE = $saved.Credentials
        }

        It 'offers the profiles of AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE for -ProfileName' {
            $profiles = Get-Completion 'Get-SpofReport -Aws -ProfileName '
            $profiles | Should -Be @('default', 'audit-prod', "'audit staging'", 'ci-runner')
            Get-Completion 'Get-SpofModel -Aws -ProfileName ci' | Should -Be @('ci-runner')
        }

        It 'offers only the profiles of -ProfileLocation when it is on the line, as the read will use that file' {
            $file = Join-Path $TestDrive 'team-credentials'
            Set-Content -LiteralPath $file -Value @('[team-a]', 'aws_access_key_id = AKIAEXAMPLE3', '[team-b]', 'aws_access_key_id = AKIAEXAMPLE4')
            Get-Completion "Get-SpofReport -Aws -ProfileLocation '$file' -ProfileName " | Should -Be @('team-a', 'team-b')
            Push-Location -LiteralPath $TestDrive
            try {
                Get-Completion 'Get-SpofModel -Aws -ProfileLocation ./team-credentials -ProfileName team-b' | Should -Be @('team-b')
            }
            finally {
                Pop-Location
            }
        }

        It 'completes nothing when the files are missing' {
            $env:AWS_CONFIG_FILE = Join-Path $TestDrive 'none-config'
            $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'none-credentials'
            try {
                Get-Completion 'Get-SpofReport -Aws -ProfileName ' | Should -BeNullOrEmpty
            }
            finally {
                $env:AWS_CONFIG_FILE = Join-Path $TestDrive 'aws-config'
                $env:AWS_SHARED_CREDENTIALS_FILE = Join-Path $TestDrive 'aws-credentials'
            }
        }
    }

    It 'offers the Azure CLI''s subscriptions for -Subscription, offline' {
        $saved = $env:AZURE_CONFIG_DIR
        $env:AZURE_CONFIG_DIR = $TestDrive
        try {
            $profile = '{"installationId": "x", "subscriptions": [' +
                '{"id": "11111111-2222-3333-4444-555555555555", "name": "Production", "state": "Enabled", "tenantId": "t1", "isDefault": true},' +
                '{"id": "66666666-7777-8888-9999-000000000000", "name": "Dev Test", "state": "Enabled", "tenantId": "t1", "isDefault": false}]}'
            [System.IO.File]::WriteAllText((Join-Path $TestDrive 'azureProfile.json'), $profile, [System.Text.UTF8Encoding]::new($true))
            Get-Completion 'Get-SpofReport -Azure -Subscription Pro' | Should -Be @('Production')
            Get-Completion 'Get-SpofReport -Azure -Subscription 6666' | Should -Be @('66666666-7777-8888-9999-000000000000')
            Get-Completion 'Get-SpofReport -Azure -Subscription D' | Should -Be @("'Dev Test'")
        }
        finally {
            $env:AZURE_CONFIG_DIR = $saved
        }
    }
}

Describe 'Measure-SpofAvailability -Assume completion' {
    It 'offers each key as a hashtable with its default' {
        $offered = Get-Completion 'Measure-SpofAvailability -Path ./x.yaml -Assume '
        $offered | Should -Contain '@{ zone = 0.9999 }'
        $offered | Should -Contain '@{ instance = 0.999 }'
        $offered | Should -Contain '@{ instance = 0.999; zone = 0.9999; region = 0.99999; domain = 0.9999; failover = 0.9 }'
        Get-Completion 'Measure-SpofAvailability -Path ./x.yaml -Assume fa' | Should -Be @('@{ failover = 0.9 }')
    }

    It 'offers hashtables that Measure-SpofAvailability accepts' {
        foreach ($text in Get-Completion 'Measure-SpofAvailability -Assume ') {
            $assume = Invoke-Expression $text
            { Measure-SpofAvailability -Path (Join-Path $examples 'availability.yaml') -Assume $assume -ErrorAction Stop } | Should -Not -Throw
        }
    }
}
