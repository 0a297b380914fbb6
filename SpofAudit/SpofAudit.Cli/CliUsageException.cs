using System;

namespace SpofAudit.Cli
{
    /// <summary>
    /// A mistake the face itself detects (an output file that cannot be written): reported as one line with
    /// exit code 2, like the core's <see cref="Diagnostics.SpofInputException"/>.
    /// </summary>
    public sealed class CliUsageException : Exception
    {
        public CliUsageException(string message, Exception? inner = null)
            : base(message, inner)
        {
        }
    }
}
