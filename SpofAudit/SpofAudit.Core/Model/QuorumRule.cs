namespace SpofAudit.Model
{
    /// <summary>How a component's <c>minHealthy</c> was chosen: written as a number, or <c>quorum: majority</c>.</summary>
    public enum QuorumRule
    {
        /// <summary>No <c>quorum</c> key: minHealthy as written (default 1).</summary>
        None,

        /// <summary><c>quorum: majority</c>: minHealthy is floor(n / 2) + 1 of the n units.</summary>
        Majority,
    }
}
