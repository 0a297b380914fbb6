# Pester 5 tests of the default views (SpofAudit.Format.ps1xml) as scheduled and non-interactive runs
# render them: Out-String -Width 80, and a wide console, -Width 200.
#   ./build.ps1 -Task Build ; Invoke-Pester ./tests/Views.Tests.ps1

BeforeAll {
    . (Join-Path $PSScriptRoot 'BuiltModule.ps1')

    # The lines a default view renders at a width, without blank ones.
    function Get-RenderedLine {
        param([object[]]$InputObject, [int]$Width)
        @(($InputObject | Out-String -Width $Width) -split '\r?\n' | Where-Object { $_.Trim() })
    }

    # A view that wraps a too-narrow column prints one or two characters a line.
    function Get-Fragment {
        param([string[]]$Line)
        @($Line | Where-Object { $_.Trim().Length -le 1 })
    }

    # The widths of a table's columns: from where its dashes start to where the next column's start,
    # the last one to the width rendered.
    function Get-ColumnWidth {
        param([string[]]$Line, [int]$Width)
        $rule = $Line | Where-Object { $_ -match '^-+( +-+)*\s*$' } | Select-Object -First 1
        $starts = @([regex]::Matches($rule, '-+') | ForEach-Object { $_.Index }) + ($Width + 1)
        @(for ($i = 0; $i -lt $starts.Count - 1; $i++) { $starts[$i + 1] - $starts[$i] - 1 })
    }
}

AfterAll {
    Remove-Module -Name SpofAudit -ErrorAction SilentlyContinue
}

# PowerShell wraps table cells at word boundaries in English, French, German, Italian, Portuguese and
# Spanish cultures and cuts at the column width in the others (the invariant culture among them), so the
# views are checked as an English-speaking admin sees them; the column widths hold in every culture.
Describe 'Default views at <_> columns' -ForEach 80, 200 {
    BeforeAll {
        $width = $_
        $culture = [System.Globalization.CultureInfo]::CurrentCulture
        [System.Globalization.CultureInfo]::CurrentCulture = [System.Globalization.CultureInfo]::GetCultureInfo('en-US')
    }

    AfterAll {
        [System.Globalization.CultureInfo]::CurrentCulture = $culture
    }

    It 'shows findings with whole severities, kinds and targets and a readable recommendation' {
        $findings = @(Get-SpofReport -Path (Get-ExamplePath 'webshop'))
        $lines = Get-RenderedLine $findings $width
        Get-Fragment $lines | Should -BeNullOrEmpty
        $columns = Get-ColumnWidth $lines $width
        $columns.Count | Should -BeGreaterOrEqual 4
        $columns | ForEach-Object { $_ | Should -BeGreaterOrEqual 8 }
        $columns[-1] | Should -BeGreaterOrEqual 30 -Because 'the recommendation is the free text'
        foreach ($finding in $findings) {
            $row = "^$($finding.Severity) +$([regex]::Escape($finding.Kind.ToString())) +$([regex]::Escape($finding.Target))"
            @($lines -match $row).Count | Should -BeGreaterThan 0 -Because "$($finding.Id) reads on its row"
        }
    }

    It 'shows an availability result with its best change whole' {
        $results = @(Measure-SpofAvailability -Path (Get-ExamplePath 'availability'))
        $lines = Get-RenderedLine $results $width
        Get-Fragment $lines | Should -BeNullOrEmpty
        foreach ($result in $results) {
            $best = $result.BestChange.Description
            $best | Should -Not -BeNullOrEmpty
            @($lines | Where-Object { $_.Contains($best) }).Count | Should -Be 1 -Because 'BestChange is one line'
            @($lines | Where-Object { $_.Contains($result.Importance[0].Event) }).Count | Should -BeGreaterThan 0
        }
    }

    It 'keeps a readable availability table for Format-Table' {
        $lines = @((Measure-SpofAvailability -Path (Get-ExamplePath 'availability') | Format-Table | Out-String -Width $width) -split '\r?\n' | Where-Object { $_.Trim() })
        Get-Fragment $lines | Should -BeNullOrEmpty
        $columns = Get-ColumnWidth $lines $width
        $columns | ForEach-Object { $_ | Should -BeGreaterOrEqual 5 }
        $columns[-1] | Should -BeGreaterOrEqual 30
    }

    It 'shows event importances with every column' {
        $importance = @((Measure-SpofAvailability -Path (Get-ExamplePath 'availability'))[0].Importance)
        $lines = Get-RenderedLine $importance $width
        Get-Fragment $lines | Should -BeNullOrEmpty
        (Get-ColumnWidth $lines $width).Count | Should -Be 5
        $lines[0] | Should -Match 'FussellVesely'
        foreach ($event in $importance) {
            @($lines | Where-Object { $_.Contains($event.Event) }).Count | Should -Be 1
        }
    }

    It 'shows impact records and report changes in readable columns' {
        $impact = @(Get-SpofImpact -Path (Get-ExamplePath 'web-tier') -Fail db)
        $lines = Get-RenderedLine $impact $width
        Get-Fragment $lines | Should -BeNullOrEmpty
        (Get-ColumnWidth $lines $width) | ForEach-Object { $_ | Should -BeGreaterOrEqual 6 }
        (Get-ColumnWidth $lines $width)[-1] | Should -BeGreaterOrEqual 20

        $older = Get-SpofReport -Path (Get-ExamplePath 'single-database')
        $changes = @(Get-SpofReport -Path (Get-ExamplePath 'web-tier') | Compare-SpofReport -ReferenceObject $older)
        $lines = Get-RenderedLine $changes $width
        Get-Fragment $lines | Should -BeNullOrEmpty
        (Get-ColumnWidth $lines $width) | ForEach-Object { $_ | Should -BeGreaterOrEqual 6 }
        $lines[0] | Should -Match 'ChangedProperties$' -Because 'headers read whole'
        foreach ($change in $changes) {
            @($lines -match "^$($change.Change) +").Count | Should -BeGreaterThan 0
        }
    }
}

Describe 'Default views of names with control characters' {
    BeforeAll {
        # Names as a cloud tag could set them: a colour change and a forged line.
        $dir = Join-Path $TestDrive 'hostile'
        $null = New-Item -ItemType Directory -Path $dir
        $model = Join-Path $dir 'hostile.yaml'
        Set-Content -LiteralPath $model -Value (@(
                'apiVersion: spofaudit/v1'
                'name: "shop\nFAKE"'
                'components:'
                '  web: {dependsOn: ["db\e[31mred"]}'
                '  "db\e[31mred": {}'
            ) -join "`n")
        $script:hostile = $model

        # As an interactive console renders: PowerShell passes escape sequences through (its own headers use them).
        $script:rendering = $PSStyle.OutputRendering
        $PSStyle.OutputRendering = 'Ansi'
    }

    AfterAll {
        $PSStyle.OutputRendering = $rendering
    }

    It 'show escapes, never the raw characters, in <Name>' -ForEach @(
        @{ Name = 'the finding table'; View = { Get-SpofReport -Path $hostile | Format-Table | Out-String -Width 200 } }
        @{ Name = 'the finding list'; View = { Get-SpofReport -Path $hostile | Format-List | Out-String -Width 200 } }
        @{ Name = 'the impact table'; View = { Get-SpofImpact -Path $hostile -Fail "db`e[31mred" | Out-String -Width 200 } }
        @{ Name = 'the model table'; View = { Get-SpofModel -Path $hostile | Out-String -Width 200 }; Shown = 'shop\nFAKE' }
        @{ Name = 'the availability list'; View = { Measure-SpofAvailability -Path $hostile | Out-String -Width 200 } }
    ) {
        $text = & $View
        $text | Should -Not -Match ([regex]::Escape("db`e[31mred"))
        $text | Should -Not -Match ([regex]::Escape("shop`nFAKE"))
        $text | Should -Match ([regex]::Escape($(if ($Shown) { $Shown } else { 'db\e[31mred' })))
        @($text -split '\r?\n' | Where-Object { $_ -like 'FAKE*' }).Count | Should -Be 0
    }
}
