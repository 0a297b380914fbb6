# Pester 5 tests of issue 12's ergonomics: what an admin sees piping SpofAudit into PowerShell's own cmdlets.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/Ergonomics.Tests.ps1

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')
}

AfterAll {
    Remove-Module -Name SpofAudit -ErrorAction SilentlyContinue
}

Describe 'Findings in CSV and JSON' {
    BeforeAll {
        $findings = @(Get-SpofReport -Path (Get-ExamplePath 'web-tier'))
        $db = $findings | Where-Object { $_.Id -eq 'SinglePointOfFailure/db' }
    }

    It 'writes the name lists joined with ", " through ConvertTo-Csv' {
        $rows = @($findings | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv)
        $row = $rows | Where-Object { $_.Id -eq 'SinglePointOfFailure/db' }
        $row.Affects | Should -Be ($db.Affects -join ', ')
        $row.Path | Should -Be ($db.Path -join ', ')
        $row.Components | Should -Be ($db.Components -join ', ')
        ($rows | ForEach-Object { $_.Affects, $_.Path, $_.Components, $_.ResourceIds }) -match 'System\.' | Should -BeNullOrEmpty
    }

    It 'writes the same through Export-Csv' {
        $file = Join-Path $TestDrive 'findings.csv'
        $findings | Export-Csv -LiteralPath $file -NoTypeInformation
        Get-Content -LiteralPath $file -Raw | Should -Not -Match 'System\.String\[\]'
        (Import-Csv -LiteralPath $file | Where-Object { $_.Id -eq 'SinglePointOfFailure/db' }).Path | Should -Be ($db.Path -join ', ')
    }

    It 'writes Severity and TargetType by name through ConvertTo-Json, as Export-Csv and the views do' {
        $json = $db | ConvertTo-Json | ConvertFrom-Json
        $json.Severity | Should -BeExactly 'High'
        $json.TargetType | Should -BeExactly 'Component'
        $compressed = $findings | ConvertTo-Json -Compress
        $compressed | Should -Not -Match '"(Severity|TargetType)":\d'
        $row = $findings | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv | Where-Object { $_.Id -eq 'SinglePointOfFailure/db' }
        $row.Severity | Should -BeExactly 'High'
        $row.TargetType | Should -BeExactly 'Component'
        $db | Format-List -Property @('Severity', 'TargetType') | Out-String | Should -Match 'Severity\s*:\s*High'
        $db | Format-Table -Property @('Severity', 'TargetType') | Out-String | Should -Match 'High\s+Component'
    }

    It 'still compares and sorts severities by urgency' {
        $db.Severity -gt 'Medium' | Should -BeTrue
        ($findings | Sort-Object Severity -Descending | Select-Object -First 1).Severity | Should -Be ($findings.Severity | Sort-Object -Descending | Select-Object -First 1)
        @($findings | Where-Object Severity -ge 'High').Count | Should -Be @($findings | Where-Object { [int]$_.Severity -ge 3 }).Count
    }

    It 'keeps real arrays in ConvertTo-Json, and lists that index and enumerate' {
        $json = $db | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        , $json.Path | Should -BeOfType [object[]]
        $json.Path.Count | Should -Be $db.Path.Count
        $json.Path[0] | Should -Be $db.Path[0]
        $db.Path.Count | Should -BeGreaterThan 1
        @($db.Path | ForEach-Object { $_ }).Count | Should -Be $db.Path.Count
        $db.Path[-1] | Should -Be 'db'
    }
}

Describe 'Export-SpofGraph -Format OpenPsa' {
    It 'writes an XML file whose declared encoding matches its bytes' {
        $file = Join-Path $TestDrive 'web-tier.xml'
        Export-SpofGraph -Path (Get-ExamplePath 'web-tier') -Format OpenPsa -OutFile $file
        Get-Content -LiteralPath $file -Raw | Should -Match 'encoding="utf-8"'
        $xml = [xml](Get-Content -LiteralPath $file -Raw)
        $xml.'opsa-mef' | Should -Not -BeNullOrEmpty
        $loaded = [System.Xml.XmlDocument]::new()
        $loaded.Load($file)
        $loaded.DocumentElement.Name | Should -Be 'opsa-mef'
    }
}

Describe 'Export-SpofReport without -Format' {
    It 'writes <Extension> as <Pattern>' -ForEach @(
        @{ Extension = 'html'; Pattern = '<!DOCTYPE html>' }
        @{ Extension = 'htm'; Pattern = '<!DOCTYPE html>' }
        @{ Extension = 'json'; Pattern = '"schemaVersion": 1' }
        @{ Extension = 'md'; Pattern = '\| *High *\|' }
        @{ Extension = 'csv'; Pattern = 'SinglePointOfFailure/db' }
        @{ Extension = 'xml'; Pattern = '<testsuites' }
        @{ Extension = 'sarif'; Pattern = '"version": "2.1.0"' }
        @{ Extension = 'txt'; Pattern = '"schemaVersion": 1' }
    ) {
        $file = Join-Path $TestDrive "inferred.$Extension"
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file
        Get-Content -LiteralPath $file -Raw | Should -Match $Pattern
    }

    It 'says which format it chose in -Verbose' {
        $file = Join-Path $TestDrive 'verbose.html'
        $verbose = Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file -Verbose 4>&1
        ($verbose | ForEach-Object { $_.Message }) -join "`n" | Should -Match 'Html.*\.html'
    }

    It 'lets -Format win over the extension' {
        $file = Join-Path $TestDrive 'forced.html'
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file -Format Json
        Get-Content -LiteralPath $file -Raw | Should -Match '"schemaVersion": 1'
    }
}

Describe 'Writers: -PassThru, -NoClobber, -Force' {
    It 'Export-SpofGraph -PassThru returns the file' {
        $file = Join-Path $TestDrive 'passthru.dot'
        $info = Export-SpofGraph -Path (Get-ExamplePath 'web-tier') -Format Dot -OutFile $file -PassThru
        $info | Should -BeOfType [System.IO.FileInfo]
        $info.FullName | Should -Be (Get-Item -LiteralPath $file).FullName
    }

    It '<Command> -NoClobber refuses an existing file with NoClobber, ResourceExists' -ForEach @(
        @{ Command = 'Export-SpofReport'; Type = 'ExportSpofReportCommand' }
        @{ Command = 'Export-SpofGraph'; Type = 'ExportSpofGraphCommand' }
    ) {
        $file = Join-Path $TestDrive "noclobber-$Command.txt"
        Set-Content -LiteralPath $file -Value 'keep me'
        $errors = $null
        if ($Command -eq 'Export-SpofReport') {
            Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file -NoClobber -ErrorAction SilentlyContinue -ErrorVariable errors
        }
        else {
            Export-SpofGraph -Path (Get-ExamplePath 'web-tier') -OutFile $file -NoClobber -ErrorAction SilentlyContinue -ErrorVariable errors
        }

        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be "NoClobber,SpofAudit.PowerShell.$Type"
        [string]$errors[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $errors[0].TargetObject | Should -Be $file
        (Get-Content -LiteralPath $file -Raw).Trim() | Should -Be 'keep me'
    }

    It '<Command> -Force overwrites a read-only file, and without -Force it fails' -ForEach @(
        @{ Command = 'Export-SpofReport' }
        @{ Command = 'Export-SpofGraph' }
    ) {
        $file = Join-Path $TestDrive "readonly-$Command.txt"
        Set-Content -LiteralPath $file -Value 'old'
        (Get-Item -LiteralPath $file).IsReadOnly = $true
        try {
            $write = {
                param([switch]$Force)
                if ($Command -eq 'Export-SpofReport') {
                    Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Export-SpofReport -Path $file -Format Json -Force:$Force -ErrorAction Stop
                }
                else {
                    Export-SpofGraph -Path (Get-ExamplePath 'web-tier') -Format Dot -OutFile $file -Force:$Force -ErrorAction Stop
                }
            }

            if (-not $IsWindows -and (id -u) -eq 0) {
                # root writes read-only files anyway; only -Force's success is checked there
            }
            else {
                { & $write } | Should -Throw
            }

            & $write -Force
            (Get-Content -LiteralPath $file -Raw).Trim() | Should -Not -Be 'old'
            (Get-Item -LiteralPath $file).IsReadOnly | Should -BeTrue
        }
        finally {
            (Get-Item -LiteralPath $file).IsReadOnly = $false
        }
    }
}

Describe '-LiteralPath and Get-ChildItem piping' {
    BeforeAll {
        $folder = Join-Path $TestDrive 'lit'
        New-Item -ItemType Directory -Path $folder | Out-Null
        $bracketed = Join-Path $folder 'web[1].yaml'
        Copy-Item -LiteralPath (Get-ExamplePath 'web-tier') -Destination $bracketed
    }

    It '<Command> binds Get-ChildItem output' -ForEach @(
        @{ Command = 'Get-SpofModel'; Extra = @{} }
        @{ Command = 'Get-SpofReport'; Extra = @{} }
        @{ Command = 'Get-SpofImpact'; Extra = @{ Fail = 'us-east-1a' } }
        @{ Command = 'Export-SpofGraph'; Extra = @{} }
        @{ Command = 'Measure-SpofAvailability'; Extra = @{} }
    ) {
        $output = @(Get-ChildItem -LiteralPath $folder -Filter *.yaml | & $Command @Extra -ErrorAction Stop)
        $output.Count | Should -BeGreaterThan 0
    }

    It '<Command> -LiteralPath reads a file with brackets in its name, and -LP is its alias' -ForEach @(
        @{ Command = 'Get-SpofModel'; Extra = @{} }
        @{ Command = 'Get-SpofReport'; Extra = @{} }
        @{ Command = 'Get-SpofImpact'; Extra = @{ Fail = 'us-east-1a' } }
        @{ Command = 'Export-SpofGraph'; Extra = @{} }
        @{ Command = 'Measure-SpofAvailability'; Extra = @{} }
    ) {
        @(& $Command -LiteralPath $bracketed @Extra -ErrorAction Stop).Count | Should -BeGreaterThan 0
        @(& $Command -LP $bracketed @Extra -ErrorAction Stop).Count | Should -BeGreaterThan 0
        $parameter = (Get-Command $Command).Parameters['LiteralPath']
        $parameter.Aliases | Should -Contain 'PSPath'
        $parameter.ParameterSets.Keys | Should -Contain 'LiteralPath'
    }
}

Describe 'Error wording speaks PowerShell' {
    It 'Get-SpofImpact names -Fail, not --fail' {
        $errors = $null
        Get-SpofImpact -Path (Get-ExamplePath 'web-tier') -Fail us-east-1z -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[0].FullyQualifiedErrorId | Should -Be 'UnknownFailureTarget,SpofAudit.PowerShell.GetSpofImpactCommand'
        $errors[0].ToString() | Should -Not -Match '--fail'
        $errors[0].ToString() | Should -Match '-Fail'
    }

    It 'a missing <Parameter> is named as such, not as an architecture file' -ForEach @(
        @{ Parameter = 'Baseline'; What = 'baseline report' }
        @{ Parameter = 'SuppressionPath'; What = 'suppression file' }
    ) {
        $missing = Join-Path $TestDrive 'nope.json'
        $errors = $null
        $arguments = @{ $Parameter = $missing }
        Get-SpofReport -Path (Get-ExamplePath 'web-tier') @arguments -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -Be 'FileNotFound,SpofAudit.PowerShell.GetSpofReportCommand'
        [string]$errors[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $errors[0].ToString() | Should -Not -Match 'architecture file'
        $errors[0].ToString() | Should -Match $What
    }

    It 'a missing -Path is still an architecture file' {
        $errors = $null
        Get-SpofReport -Path (Join-Path $TestDrive 'gone.yaml') -ErrorAction SilentlyContinue -ErrorVariable errors
        $errors[0].ToString() | Should -Match 'architecture file'
    }
}
