# Dot-sourced by the Pester files' BeforeAll: imports the module that the build assembled in out/SpofAudit
# and names what the tests share. Not a test file itself (no .Tests.ps1), so Pester does not run it.

$repositoryRoot = Split-Path -Parent $PSScriptRoot
$manifest = Join-Path (Join-Path (Join-Path $repositoryRoot 'out') 'SpofAudit') 'SpofAudit.psd1'
Import-Module $manifest -Force
$examples = Join-Path $repositoryRoot 'examples'

function Get-ExamplePath {
    param([string]$Name)
    Join-Path $examples "$Name.yaml"
}
