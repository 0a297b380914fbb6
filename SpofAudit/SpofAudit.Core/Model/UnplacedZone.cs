using System;

namespace SpofAudit.Model
{
    /// <summary>
    /// A region's pseudo-zone <c>&lt;region&gt;-nozone</c>: where a source puts a resource that runs in one zone the
    /// provider does not disclose (Azure's non-zonal resources). Its failure is a real risk, but the advice for it
    /// is to make the resources zone-redundant, not to name a second zone. Sources mark such zones on the model
    /// (<see cref="SpofModel.UndisclosedZones"/>); the name only keeps reports and YAML exports readable.
    /// </summary>
    public static class UnplacedZone
    {
        public const string Suffix = "-nozone";

        public static string Of(string region) => region + Suffix;
    }
}
