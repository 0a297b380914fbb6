namespace SpofAudit.PowerShell
{
    /// <summary>
    /// The ErrorIds the cmdlets raise themselves (the core's own diagnostics keep their SpofDiagnostic.Code).
    /// Stable: scripts match on them through FullyQualifiedErrorId.
    /// </summary>
    internal static class ErrorIds
    {
        /// <summary>A path names no existing file, or a wildcard matches none.</summary>
        public const string FileNotFound = nameof(FileNotFound);

        /// <summary>A path resolves to a directory where a file is needed.</summary>
        public const string PathIsDirectory = nameof(PathIsDirectory);

        /// <summary>A path belongs to a provider other than the file system (e.g. Registry, Env).</summary>
        public const string NotAFileSystemPath = nameof(NotAFileSystemPath);

        /// <summary>A path that must name one file (a suppression file) matches several.</summary>
        public const string AmbiguousPath = nameof(AmbiguousPath);

        /// <summary>-Top was given without -Depth 2: it ranks double faults, which only depth 2 finds.</summary>
        public const string TopRequiresDepth2 = nameof(TopRequiresDepth2);

        /// <summary>The graph could not be written to -OutFile.</summary>
        public const string OutFileWriteFailed = nameof(OutFileWriteFailed);

        /// <summary>
        /// -NoClobber and the output file exists (category ResourceExists): the same ErrorId Out-File and Export-Csv
        /// give, so one catch handles every writer.
        /// </summary>
        public const string NoClobber = nameof(NoClobber);

        /// <summary>-Credential or $StoredAWSCredentials holds nothing that gives AWS keys.</summary>
        public const string AwsCredentialUnusable = nameof(AwsCredentialUnusable);

        /// <summary>Several models were piped to Export-SpofGraph with one -OutFile; the later would overwrite the first.</summary>
        public const string OutFileAlreadyWritten = nameof(OutFileAlreadyWritten);

        /// <summary>
        /// Get-SpofReport read an incomplete inventory (a denied call, a subscription without access) and was not given
        /// -AllowIncomplete: it wrote the findings it has, then stops, so a gate (a Pester test) cannot pass on a
        /// partial read.
        /// </summary>
        public const string IncompleteInventory = nameof(IncompleteInventory);
    }
}
