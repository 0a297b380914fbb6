# Pester 5: every example of the module's help runs as written. The code of each .EXAMPLE of every exported
# cmdlet (Get-Help -Examples) and of the EXAMPLES section of about_SpofAudit runs in a fresh runspace, in a
# folder holding a copy of examples/ (the files the help names), and must end without an error.
# Skipped, each with its reason: examples that read a live cloud (-Aws, -Azure, or the az/aws CLIs), and
# examples that call a program that is not installed here (Graphviz's dot).
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/HelpExamples.Tests.ps1

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')

    # The lines of an example's code: each "PS> " line and the indented lines that continue it; the output a
    # help example shows after its command starts at the margin and is left out.
    function Get-CmdletExampleCode {
        param([string]$Text)
        $code = [System.Collections.Generic.List[string]]::new()
        $inCommand = $false
        foreach ($line in $Text -split '\r?\n') {
            if ($line -match '^PS> ?(.*)$') {
                $code.Add($Matches[1])
                $inCommand = $true
            } elseif ($inCommand -and $line -match '^\s+\S') {
                $code.Add($line)
            } else {
                $inCommand = $false
            }
        }
        $code -join "`n"
    }

    # about_SpofAudit's EXAMPLES: a line at 4 spaces says what the example does, its code follows at 8 spaces.
    function Get-AboutExample {
        param([string]$Text)
        $section = ($Text -split '(?m)^EXAMPLES\s*$', 2)[1]
        $section = ($section -split '(?m)^\S', 2)[0]
        $current = $null
        foreach ($line in $section -split '\r?\n') {
            if ($line -match '^ {4}(\S.*)$') {
                if ($current -and $current.Code.Count) { $current }
                $current = @{ Title = $Matches[1]; Code = [System.Collections.Generic.List[string]]::new() }
            } elseif ($current -and $line -match '^ {8}(.*)$') {
                $current.Code.Add($Matches[1])
            }
        }
        if ($current -and $current.Code.Count) { $current }
    }

    $helpExamples = [System.Collections.Generic.List[hashtable]]::new()
    foreach ($cmdlet in (Get-Module -Name SpofAudit).ExportedCmdlets.Keys | Sort-Object) {
        $number = 0
        foreach ($example in (Get-Help -Name $cmdlet -Examples).examples.example) {
            $number++
            $helpExamples.Add(@{ Source = $cmdlet; Number = $number; Code = Get-CmdletExampleCode $example.code })
        }
    }
    $number = 0
    foreach ($example in Get-AboutExample (Get-Help -Name about_SpofAudit | Out-String)) {
        $number++
        $helpExamples.Add(@{ Source = 'about_SpofAudit'; Number = $number; Code = $example.Code -join "`n" })
    }
    foreach ($example in $helpExamples) {
        $example.FirstLine = ($example.Code -split "`n")[0]
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')

    # Why an example cannot run here, or $null when it can.
    function Get-SkipReason {
        param([string]$Code)
        $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref]$null, [ref]$null)
        $commands = $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true) |
            ForEach-Object { $_.GetCommandName() } | Where-Object { $_ }
        $parameters = $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandParameterAst] }, $true) |
            ForEach-Object { $_.ParameterName }
        if ($parameters -contains 'Aws' -or $parameters -contains 'Azure' -or $commands -contains 'az' -or $commands -contains 'aws') {
            return 'it reads a live cloud account (-Aws, -Azure, or the az/aws CLI)'
        }
        foreach ($command in $commands | Sort-Object -Unique) {
            if (-not (Get-Command -Name $command -ErrorAction Ignore) -and $command -ne 'Should') {
                return "it calls $command, which is not installed here"
            }
        }
        $null
    }

    $pester = Join-Path (Get-Module -Name Pester).ModuleBase 'Pester.psd1'
}

Describe 'Help examples run as written' {
    It '<Source> example <Number>: <FirstLine>' -ForEach $helpExamples {
        $reason = Get-SkipReason $Code
        if ($reason) {
            Set-ItResult -Skipped -Because $reason
            return
        }

        $folder = Join-Path $TestDrive "$Source-$Number"
        $null = New-Item -ItemType Directory -Path $folder
        Copy-Item -LiteralPath $examples -Destination $folder -Recurse

        $shell = [powershell]::Create()
        try {
            # The session an admin has: the module and Pester (some examples end in Should) imported, in the folder.
            $null = $shell.AddCommand('Import-Module').AddParameter('Name', @($manifest, $pester)).AddStatement().
                AddCommand('Set-Location').AddParameter('LiteralPath', $folder).Invoke()
            $shell.Commands.Clear()
            $shell.Streams.Error.Count | Should -Be 0 -Because 'the session for the example must be set up'
            $null = $shell.AddScript($Code).Invoke()
            $errors = @($shell.Streams.Error | ForEach-Object { "$_ ($($_.FullyQualifiedErrorId))" })
            $errors -join "`n" | Should -BeNullOrEmpty -Because "the example`n$Code`nmust run without an error"
            $shell.HadErrors | Should -BeFalse
        } finally {
            $shell.Dispose()
        }
    }
}
