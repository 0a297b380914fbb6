using System.Linq;

namespace SpofAudit.Module.Tests
{
    /// <summary>Cmdlets that write files honour -WhatIf and -Confirm, as PowerShell users expect of anything that changes the disk.</summary>
    public sealed class FileWritingCmdletTests
    {
        [Theory]
        [InlineData("Export-SpofReport", "Path")]
        [InlineData("Export-SpofGraph", "OutFile")]
        public void Supports_ShouldProcess(string cmdlet, string fileParameter)
        {
            var description = BuiltModule.CmdletAssembly.Cmdlets.Single(c => c.Name == cmdlet);
            Assert.True(description.SupportsShouldProcess, $"{cmdlet} writes files but has no SupportsShouldProcess");
            Assert.Contains(fileParameter, description.Parameters);
        }
    }
}
