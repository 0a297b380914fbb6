namespace SpofAudit.Model
{
    /// <summary>
    /// How a managed service fails. <see cref="None"/> means the component has its own instances,
    /// each a failure event; the other values mean it fails only with its zone or region, or never.
    /// </summary>
    public enum ComponentScope
    {
        None,
        Zonal,
        Regional,
        Global,
    }
}
