namespace SpofAudit.Cli
{
    /// <summary>The process exit codes scripts and CI gates branch on (docs/design.md §6).</summary>
    public static class ExitCodes
    {
        /// <summary>Done; nothing at or above <c>--fail-on</c> (or no <c>--fail-on</c> given).</summary>
        public const int Success = 0;

        /// <summary>Findings at or above <c>--fail-on</c>.</summary>
        public const int FindingsAtThreshold = 1;

        /// <summary>Bad input or usage: a file, a model, an option value or the command line itself.</summary>
        public const int BadInput = 2;

        /// <summary>A bug in spofaudit, not the user's mistake.</summary>
        public const int InternalError = 3;

        /// <summary>
        /// <c>--fail-on</c> was given, nothing read is at or above it, but the inventory is incomplete (a denied call, a
        /// subscription without access): the part not read might have failed the gate. <c>--allow-incomplete</c>
        /// accepts a partial read and gives 0 instead.
        /// </summary>
        public const int IncompleteInventory = 4;

        /// <summary>Stopped by Ctrl+C: 128 + SIGINT, as shells expect.</summary>
        public const int Cancelled = 130;
    }
}
