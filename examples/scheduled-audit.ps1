#Requires -Version 5.1
<#
.SYNOPSIS
    A daily SpofAudit run for cron or Task Scheduler: dated JSON and HTML reports, a diff against the
    previous run, and exit code 1 when a new finding (or one whose severity rose) is at or above -FailOn.

.DESCRIPTION
    Writes spof-YYYY-MM-DD.json and spof-YYYY-MM-DD.html into -OutputDirectory, compares today's JSON
    report with the most recent earlier one there, prints what is new, changed or resolved, and exits:
      0  nothing new at or above -FailOn (or the first run, with nothing to compare with)
      1  a new or worsened finding at or above -FailOn that no suppression file accepts
      2  the audit itself failed (bad architecture file, unreadable report, ...)

.EXAMPLE
    pwsh -NoProfile -File ./examples/scheduled-audit.ps1 -ArchitecturePath ./examples/web-tier.yaml -OutputDirectory ./audits

.EXAMPLE
    pwsh -NoProfile -File ./examples/scheduled-audit.ps1 -ArchitecturePath ./arch/*.yaml -OutputDirectory /var/lib/spofaudit -SuppressionPath ./arch/accepted-risks.yaml -FailOn Critical
#>
[CmdletBinding()]
param(
    # Architecture YAML files; wildcards allowed; several files merge into one model.
    [Parameter(Mandatory = $true)]
    [string[]] $ArchitecturePath,

    # Where the dated reports are kept; created if missing.
    [Parameter(Mandatory = $true)]
    [string] $OutputDirectory,

    # Accepted risks (YAML); accepted findings are reported but never fail the run.
    [string] $SuppressionPath,

    # The severity at or above which a new finding fails the run.
    [ValidateSet('Info', 'Low', 'Medium', 'High', 'Critical')]
    [string] $FailOn = 'High',

    # The module to import, e.g. ./out/SpofAudit/SpofAudit.psd1; by default the installed SpofAudit module.
    [string] $ModulePath = 'SpofAudit'
)

$ErrorActionPreference = 'Stop'
try {
    Import-Module $ModulePath

    $null = New-Item -ItemType Directory -Force -Path $OutputDirectory
    $stamp = Get-Date -Format 'yyyy-MM-dd'
    $json = Join-Path $OutputDirectory "spof-$stamp.json"
    $html = Join-Path $OutputDirectory "spof-$stamp.html"

    # The newest earlier report; a second run on the same day compares with the day before, not with itself.
    $previous = Get-ChildItem -Path $OutputDirectory -Filter 'spof-*.json' |
        Where-Object { $_.Name -lt "spof-$stamp.json" } |
        Sort-Object -Property Name |
        Select-Object -Last 1

    # The model goes to the reports too, so they name it and its files even on a day with no finding,
    # and the HTML diagram draws the whole architecture.
    $model = Get-SpofModel -Path $ArchitecturePath
    $audit = @{}
    if ($SuppressionPath) { $audit.SuppressionPath = $SuppressionPath }
    $findings = @($model | Get-SpofReport @audit)

    Export-SpofReport -InputObject $findings -Model $model -Path $json -Format Json
    Export-SpofReport -InputObject $findings -Model $model -Path $html -Format Html
    Write-Host "$($findings.Count) finding(s); reports: $json, $html"

    if (-not $previous) {
        Write-Host 'First run: no earlier report to compare with.'
        exit 0
    }

    $changes = @(Compare-SpofReport -ReferencePath $previous.FullName -DifferencePath $json -ExcludeUnchanged)
    if ($changes.Count -eq 0) {
        Write-Host "No change since $($previous.Name)."
        exit 0
    }

    Write-Host "Changes since $($previous.Name):"
    $changes | Format-Table -AutoSize | Out-String -Width 200 | Write-Host

    # The same rule as 'spofaudit diff --fail-on': new or worsened, not accepted, at or above the threshold; truck factors too.
    $threshold = [SpofAudit.Findings.Severity] $FailOn
    $regressions = @($changes | Where-Object { [SpofAudit.Findings.ReportComparer]::IsRegression($_, $threshold) })
    if ($regressions.Count -gt 0) {
        # A regression is a finding (its id) or a truck factor that fell ("web: truck factor 2 -> 1").
        $what = $regressions | ForEach-Object { if ($_ -is [SpofAudit.Findings.FindingChange]) { $_.Id } else { "$_" } }
        Write-Warning "$($regressions.Count) new or worsened finding(s) or fallen truck factor(s) at or above ${FailOn}: $($what -join ', ')"
        exit 1
    }

    exit 0
}
catch {
    Write-Error -ErrorRecord $_ -ErrorAction Continue
    exit 2
}
