using System.Threading;

namespace SpofAudit.Hosting
{
    /// <summary>
    /// What the core may tell the face it runs in: warnings, verbose notes, progress, and whether the user
    /// has asked to stop. Each face (cmdlet, CLI, test) implements it; the core never writes to a console.
    /// </summary>
    public interface ISpofHost
    {
        void WriteWarning(string message);

        void WriteVerbose(string message);

        /// <summary>
        /// Detail for diagnosing a run (PowerShell's -Debug): one line per remote call and the like. Never a
        /// credential, token or signature.
        /// </summary>
        void WriteDebug(string message);

        /// <summary>Progress of a long step; <paramref name="percent"/> is 0..100, or -1 when unknown.</summary>
        void WriteProgress(string activity, string status, int percent);

        CancellationToken CancellationToken { get; }
    }
}
