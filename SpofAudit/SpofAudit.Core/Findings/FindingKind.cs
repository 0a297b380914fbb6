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
    }
}
