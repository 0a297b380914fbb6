namespace SpofAudit.Findings
{
    /// <summary>The kinds of finding of DESIGN §5.</summary>
    public enum FindingKind
    {
        SinglePointOfFailure,
        SingleZoneRisk,
        SingleRegionRisk,
        PersonnelDependency,
        DegradationRisk,

        /// <summary>An accepted-risk entry whose expiry date has passed: the finding it covered counts again.</summary>
        SuppressionExpired,

        /// <summary>An accepted-risk entry that matches no finding: the risk is gone or the entry is mistyped.</summary>
        SuppressionUnmatched,
    }
}
