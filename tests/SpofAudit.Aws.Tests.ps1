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

Describe 'AWS.Tools session conventions (against a local endpoint)' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'FakeAwsEndpoint.ps1')
        $fake = Start-FakeAwsEndpoint
        $secret = 'pesterSecretExampleKeyForSpofAudit123456'
        $keyPair = [pscredential]::new('AKIDPSCREDENTIAL', (ConvertTo-SecureString $secret -AsPlainText -Force))
        $profileFile = Join-Path $TestDrive 'credentials'
        Set-Content -LiteralPath $profileFile -Value @(
            '[default]', 'aws_access_key_id = AKIDFILEDEFAULT', "aws_secret_access_key = $secret", 'region = ap-south-1',
            '[team]', 'aws_access_key_id = AKIDFILETEAM', "aws_secret_access_key = $secret"
        )

        # What AWS.Tools hands over: an object whose GetCredentials() returns AccessKey, SecretKey and Token.
        function New-AwsToolsLikeCredential {
            param([string]$AccessKey, [string]$Token)
            $keys = [pscustomobject]@{ AccessKey = $AccessKey; SecretKey = $secret; Token = $Token; UseToken = [bool]$Token }
            $credential = [pscustomobject]@{ Keys = $keys }
            $credential | Add-Member -MemberType ScriptMethod -Name GetCredentials -Value { $this.Keys }
            $credential
        }

        function Get-SignedBy {
            @($fake.Requests.ToArray() | ForEach-Object { $_.AccessKey } | Sort-Object -Unique)
        }

        function Get-SignedFor {
            @($fake.Requests.ToArray() | ForEach-Object { $_.Region } | Sort-Object -Unique)
        }
    }

    AfterAll {
        Stop-FakeAwsEndpoint $fake
    }

    BeforeEach {
        Clear-FakeAwsRequests $fake
        Remove-Variable -Name @('StoredAWSRegion', 'StoredAWSCredentials') -Scope Global -ErrorAction SilentlyContinue
    }

    AfterEach {
        Remove-Variable -Name @('StoredAWSRegion', 'StoredAWSCredentials') -Scope Global -ErrorAction SilentlyContinue
    }

    It 'signs with a PSCredential given to -Credential (access key id as user name, secret as password)' {
        $model = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $fake.Endpoint -Credential $keyPair
        $model.Name | Should -Be 'aws-123456789012'
        Get-SignedBy | Should -Be @('AKIDPSCREDENTIAL')
    }

    It 'signs with an AWS.Tools credentials object given to -Credential, session token included' {
        $null = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $fake.Endpoint -Credential (New-AwsToolsLikeCredential 'ASIADUCKTYPED' 'duck-session-token')
        Get-SignedBy | Should -Be @('ASIADUCKTYPED')
        @($fake.Requests.ToArray() | ForEach-Object { $_.Token } | Sort-Object -Unique) | Should -Be @('duck-session-token')
    }

    It 'signs with a real Amazon.Runtime.AWSCredentials object that another module loaded into the session first' {
        # As AWS.Tools does: its own, older AWSSDK.Core (4.0.3.3, which tests/SpofAudit.Module.Tests downloads) loaded
        # from its own folder before SpofAudit; SpofAudit keeps its copy in its own load context and reads the other
        # module's credential object by shape.
        $sdk = Join-Path $HOME '.nuget/packages/awssdk.core/4.0.3.3/lib/net8.0/AWSSDK.Core.dll'

        $job = Start-Job -ArgumentList $sdk, $manifest, $fake.Endpoint, $secret -ScriptBlock {
            param($Sdk, $Manifest, $Endpoint, $Secret)
            Add-Type -LiteralPath $Sdk
            $credential = [Amazon.Runtime.SessionAWSCredentials]::new('ASIAREALSDKTYPE', $Secret, 'real-sdk-session-token')
            Import-Module $Manifest
            (Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $Endpoint -Credential $credential -ErrorAction Stop).Name
        }
        try {
            $name = $job | Wait-Job -Timeout 180 | Receive-Job -ErrorAction Stop
        }
        finally {
            $job | Remove-Job -Force
        }

        $name | Should -Be 'aws-123456789012'
        Get-SignedBy | Should -Be @('ASIAREALSDKTYPE')
        @($fake.Requests.ToArray() | ForEach-Object { $_.Token } | Sort-Object -Unique) | Should -Be @('real-sdk-session-token')
    }

    It 'refuses a -Credential that gives no keys with one AwsCredentialUnusable error' {
        $null = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $fake.Endpoint -Credential 'AKIDEXAMPLE' -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'AwsCredentialUnusable,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failures[0].Exception.Message | Should -BeLike '*GetCredentials()*PSCredential*'
        $fake.Requests.Count | Should -Be 0
    }

    It 'reads the session''s $StoredAWSRegion (Set-DefaultAWSRegion) when -Region is not given, and -Region wins over it' {
        $global:StoredAWSRegion = 'eu-west-3'
        $null = Get-SpofModel -Aws -EndpointUrl $fake.Endpoint -Credential $keyPair
        Get-SignedFor | Should -Be @('eu-west-3')

        Clear-FakeAwsRequests $fake
        $null = Get-SpofModel -Aws -Region ca-central-1 -EndpointUrl $fake.Endpoint -Credential $keyPair
        Get-SignedFor | Should -Be @('ca-central-1')
    }

    It 'signs with the session''s $StoredAWSCredentials (Set-AWSCredential) when no credential or profile is given' {
        $global:StoredAWSCredentials = New-AwsToolsLikeCredential 'AKIDSTOREDINSESSION' $null
        $null = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $fake.Endpoint
        Get-SignedBy | Should -Be @('AKIDSTOREDINSESSION')
    }

    It 'prefers -ProfileName / -ProfileLocation and -Credential given on the command line to the session''s credentials' {
        $global:StoredAWSCredentials = New-AwsToolsLikeCredential 'AKIDSTOREDINSESSION' $null
        $null = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $fake.Endpoint -ProfileLocation $profileFile -ProfileName team
        Get-SignedBy | Should -Be @('AKIDFILETEAM')

        Clear-FakeAwsRequests $fake
        $null = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $fake.Endpoint -Credential $keyPair
        Get-SignedBy | Should -Be @('AKIDPSCREDENTIAL')
    }

    It 'reads the default profile and region of -ProfileLocation when no -ProfileName is given' {
        if ($env:AWS_REGION -or $env:AWS_DEFAULT_REGION) {
            Set-ItResult -Skipped -Because 'the environment''s region rightly wins over the profile''s'
            return
        }

        $null = Get-SpofModel -Aws -EndpointUrl $fake.Endpoint -ProfileLocation $profileFile
        Get-SignedBy | Should -Be @('AKIDFILEDEFAULT')
        Get-SignedFor | Should -Be @('ap-south-1')
    }

    It 'writes each AWS call to the debug stream, without a key or a token' {
        $records = Get-SpofModel -Aws -Region us-east-1 -EndpointUrl $fake.Endpoint -Credential (New-AwsToolsLikeCredential 'ASIADEBUGKEY' 'debug-session-token') -Debug 5>&1
        $debug = @($records | Where-Object { $_ -is [System.Management.Automation.DebugRecord] } | ForEach-Object { $_.Message })
        $debug | Should -Contain ($debug | Where-Object { $_ -like 'AWS ec2 DescribeInstances in us-east-1 at 127.0.0.1:*: 2 pages in * ms' } | Select-Object -First 1)
        @($debug | Where-Object { $_ -like 'AWS sts GetCallerIdentity in us-east-1 at 127.0.0.1:*: page 1, attempt 1: HTTP 200 in * ms' }).Count | Should -Be 1
        ($debug -join "`n") | Should -Not -Match 'ASIADEBUGKEY|debug-session-token|Signature'
    }
}

Describe 'A partial live read piped to Export-SpofReport' {
    BeforeAll {
        # rds:DescribeDBInstances denied: the read goes on without it and marks the inventory incomplete.
        $endpoint = Start-FakeAwsEndpoint -DeniedAction 'DescribeDBInstances'
        $savedKey, $savedSecret = $env:AWS_ACCESS_KEY_ID, $env:AWS_SECRET_ACCESS_KEY
        $env:AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE'
        $env:AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'
        $findings = @(Get-SpofReport -Aws -Region us-east-1 -EndpointUrl $endpoint.Endpoint -AllowIncomplete -WarningVariable readWarnings -WarningAction SilentlyContinue)
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
