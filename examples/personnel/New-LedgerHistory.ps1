<#
.SYNOPSIS
    Builds the small git repository examples/personnel/payments-history.yaml reads: a year of commits by three people.
.DESCRIPTION
    The API is written by alice and bob together; carol wrote the ledger and makes nearly every change to it (bob
    fixed it once). The dates and authors are fixed, so the repository, and the audit of it, are the same every time.
.PARAMETER Path
    Where to create the repository (it must not exist yet). Default: ledger-history beside this script.
.EXAMPLE
    PS> ./examples/personnel/New-LedgerHistory.ps1
    PS> spofaudit report ./examples/personnel/payments-history.yaml
#>
[CmdletBinding()]
param(
    [string]$Path = (Join-Path $PSScriptRoot 'ledger-history')
)

$ErrorActionPreference = 'Stop'
if (Test-Path -LiteralPath $Path) {
    throw "$Path already exists; remove it or give another -Path."
}

$null = New-Item -ItemType Directory -Path $Path
$people = @{
    alice = 'alice@example.com'
    bob   = 'bob@example.com'
    carol = 'carol@example.com'
}

function Invoke-Git {
    param([string[]]$Arguments)
    & git -C $Path @Arguments
    if ($LASTEXITCODE -ne 0) { throw "git $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

# One commit: who, when (days after 2025-01-01), which file, and one line appended to it.
function Add-Change {
    param([string]$Author, [int]$Day, [string]$File, [string]$Line)
    $full = Join-Path $Path $File
    $folder = Split-Path -Parent $full
    if (-not (Test-Path -LiteralPath $folder)) { $null = New-Item -ItemType Directory -Path $folder }
    Add-Content -LiteralPath $full -Value $Line
    Invoke-Git @('add', '--', $File)
    $date = ([datetimeoffset]::new(2025, 1, 1, 12, 0, 0, [timespan]::Zero)).AddDays($Day).ToString('yyyy-MM-ddTHH:mm:ssK')
    $env:GIT_AUTHOR_NAME = $Author; $env:GIT_AUTHOR_EMAIL = $people[$Author]; $env:GIT_AUTHOR_DATE = $date
    $env:GIT_COMMITTER_NAME = $Author; $env:GIT_COMMITTER_EMAIL = $people[$Author]; $env:GIT_COMMITTER_DATE = $date
    try { Invoke-Git @('commit', '--quiet', '--no-gpg-sign', '-m', "$File`: $Line") }
    finally {
        foreach ($name in 'GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_AUTHOR_DATE', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_COMMITTER_DATE') {
            Remove-Item -LiteralPath "Env:$name"
        }
    }
}

Invoke-Git @('init', '--quiet')
Add-Change alice 10 'services/api/handlers.cs' 'accept payments'
Add-Change bob 40 'services/api/handlers.cs' 'refunds'
Add-Change alice 70 'services/api/routes.cs' 'routes'
Add-Change bob 100 'services/api/routes.cs' 'rate limits'
Add-Change alice 130 'services/api/handlers.cs' 'idempotency keys'
Add-Change bob 160 'services/api/routes.cs' 'versioned routes'
Add-Change carol 20 'services/ledger/journal.cs' 'double entry'
Add-Change carol 50 'services/ledger/journal.cs' 'currency rounding'
Add-Change carol 80 'services/ledger/balances.cs' 'balances'
Add-Change carol 110 'services/ledger/journal.cs' 'reversals'
Add-Change bob 140 'services/ledger/balances.cs' 'typo'
Add-Change carol 170 'services/ledger/balances.cs' 'month-end close'
Get-Item -LiteralPath $Path
