using System;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// The exception inside ErrorRecords for mistakes the cmdlets detect themselves (a path that matches no
    /// file, an -OutFile that cannot be written); the ErrorRecord's ErrorId says which mistake it is.
    /// </summary>
    public sealed class SpofCmdletException : Exception
    {
        public SpofCmdletException(string message, Exception? innerException = null)
            : base(message, innerException)
        {
        }
    }
}
