namespace SpofAudit.PowerShell
{
    /// <summary>
    /// The parameter-set names every cmdlet shares, defined once so no set name is a repeated string
    /// that could drift between a [Parameter] attribute and a DefaultParameterSetName.
    /// </summary>
    internal static class ParameterSets
    {
        /// <summary>Architecture files named with PowerShell paths (wildcards allowed).</summary>
        public const string Path = nameof(Path);

        /// <summary>Architecture files named literally (no wildcard expansion).</summary>
        public const string LiteralPath = nameof(LiteralPath);

        /// <summary>An already built SpofModel, usually piped from Get-SpofModel.</summary>
        public const string Model = nameof(Model);

        /// <summary>A live, read-only AWS account (-Aws -Region ...).</summary>
        public const string Aws = nameof(Aws);

        /// <summary>Live Azure subscriptions read with Resource Graph (-Azure).</summary>
        public const string Azure = nameof(Azure);
    }
}
