namespace SpofAudit.Azure
{
    /// <summary>How the live Azure source signs in.</summary>
    public enum AzureSignIn
    {
        /// <summary>DefaultAzureCredential: environment variables, workload identity, managed identity, then the
        /// developer tools' sign-ins (Visual Studio, Azure CLI, Azure PowerShell, azd). For scheduled runs.</summary>
        Default,

        /// <summary>A browser window to sign in (admin shells on a desktop).</summary>
        Interactive,

        /// <summary>A code to enter at the device login page from any browser (admin shells over SSH).</summary>
        DeviceCode,
    }
}
