namespace SpofAudit.Model
{
    /// <summary>What kind of thing a model was read from.</summary>
    public enum InventorySourceKind
    {
        /// <summary>A YAML model or overlay file.</summary>
        File,

        /// <summary>A live read of an AWS account in some regions.</summary>
        AwsAccount,

        /// <summary>A live read of Azure subscriptions.</summary>
        AzureSubscriptions,

        /// <summary>A cloud inventory exported to a file (AWS CLI JSON, Azure Resource Graph JSON).</summary>
        ExportFile,

        /// <summary>
        /// The analysis itself, listed as a source only when a step of it stopped before its end (depth 2 past its pair
        /// budget): its unread part says what the report does not cover.
        /// </summary>
        Analysis,
    }
}
