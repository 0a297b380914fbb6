# Loads SpofAudit. The module folder holds this script, the manifest, the dependency loader and the cmdlet assembly;
# the engine and every library it ships (YamlDotNet, the AWS and Azure SDKs, MSAL...) are in Dependencies/.
# On PowerShell 7 the cmdlets, the engine and those libraries load into SpofAudit's own assembly load context, so
# another module's copy of the same library (Az.Accounts' Azure.Core, AWS.Tools' AWSSDK.Core) never meets
# SpofAudit's, in either load order; on Windows PowerShell 5.1 the loader unifies assembly versions instead.
Add-Type -LiteralPath (Join-Path $PSScriptRoot 'SpofAudit.PowerShell.Loader.dll')
$cmdletAssembly, $typeAssembly = [SpofAudit.PowerShell.Loader.DependencyLoader]::LoadModule($PSScriptRoot)

# Import-Module -Force runs this script before it removes the module it replaces, and that removal would take the
# assembly modules below with it (they are the same assemblies, hence the same module names): drop them first.
$assemblyModules = @("dynamic_code_module_$($cmdletAssembly.FullName)", "dynamic_code_module_$($typeAssembly.FullName)")
Get-Module -All | Where-Object { $_.Name -in $assemblyModules } | Remove-Module -Force

Import-Module -Assembly $cmdletAssembly
# Imported for its types only (it has no commands): scripts name them, as in [SpofAudit.Findings.Severity]::High.
Import-Module -Assembly $typeAssembly

# Findings that went through Export-Clixml, Start-Job or remoting come back as property bags
# (Deserialized.SpofAudit.Findings.Finding): serialized deep enough to keep their suppression and its location,
# they bind to the cmdlets' finding parameters through this converter. Registered here, not in a types file,
# because PowerShell reads a manifest's types files before this script has loaded the converter.
Update-TypeData -TypeName 'SpofAudit.Findings.Finding' -SerializationDepth 3 -TypeConverter ([SpofAudit.PowerShell.FindingTypeConverter]) -Force
$ExecutionContext.SessionState.Module.OnRemove = {
    Remove-TypeData -TypeName 'SpofAudit.Findings.Finding' -ErrorAction Ignore
}
