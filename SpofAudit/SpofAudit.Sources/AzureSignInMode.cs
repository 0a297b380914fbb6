namespace SpofAudit.Sources
{
    /// <summary>How a live Azure read signs in; the faces bind this (-SignIn, --device-code), not the provider's own type.</summary>
    public enum AzureSignInMode
    {
        /// <summary>The default credential chain: environment variables, workload identity, managed identity, then the
        /// developer tools' sign-ins (Visual Studio, Azure CLI, Azure PowerShell, azd). For scheduled runs.</summary>
        Default,

        /// <summary>A browser window to sign in (admin shells on a desktop).</summary>
        Interactive,

        /// <summary>A code to enter at the device login page from any browser (admin shells over SSH).</summary>
        DeviceCode,
    }
}
