namespace SpofAudit.Azure.Live
{
    /// <summary>A subscription the signed-in identity can see.</summary>
    internal sealed record AzureSubscription(string Id, string DisplayName, string State);
}
