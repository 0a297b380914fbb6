namespace SpofAudit.Model
{
    /// <summary>How a dependency was written; the failure logic is the same k-of-n rule for all.</summary>
    public enum DependencyForm
    {
        /// <summary>A plain name: the target must be up.</summary>
        Single,

        /// <summary><c>{anyOf: [...]}</c>: at least one member must be up.</summary>
        AnyOf,

        /// <summary><c>{atLeast: k, of: [...]}</c>: at least k members must be up.</summary>
        AtLeast,
    }
}
