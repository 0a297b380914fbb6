using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Tab completion of <c>-Subscription</c>, offline: the subscriptions the Azure CLI last listed, from
    /// azureProfile.json in <c>AZURE_CONFIG_DIR</c> (else ~/.azure). Completes ids and display names (both bind);
    /// no sign-in, no network. A missing, unreadable or oversized file completes nothing.
    /// </summary>
    public sealed class AzureSubscriptionCompleter : IArgumentCompleter
    {
        private const long MaxFileBytes = 4L * 1024 * 1024;

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            try
            {
                var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
                return Subscriptions()
                    .SelectMany(s => new[] { (Text: s.Name, Subscription: s), (Text: s.Id, Subscription: s) })
                    .Where(c => c.Text.Length > 0 && c.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                    .Select(c => new CompletionResult(
                        CompletionText.Quote(c.Text), c.Text, CompletionResultType.ParameterValue, $"{c.Subscription.Name} ({c.Subscription.Id}, tenant {c.Subscription.Tenant})"))
                    .ToArray();
            }
            catch (Exception)
            {
                return Array.Empty<CompletionResult>();
            }
        }

        private static IReadOnlyList<(string Id, string Name, string Tenant)> Subscriptions()
        {
            var directory = Environment.GetEnvironmentVariable("AZURE_CONFIG_DIR");
            if (string.IsNullOrWhiteSpace(directory))
            {
                var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                directory = string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".azure");
            }

            var file = directory == null ? null : Path.Combine(directory, "azureProfile.json");
            if (file == null || !File.Exists(file) || new FileInfo(file).Length > MaxFileBytes)
            {
                return Array.Empty<(string, string, string)>();
            }

            // The Azure CLI writes the file with a byte-order mark; ConvertFrom-Json reads it on 5.1 and 7 alike.
            var text = File.ReadAllText(file).TrimStart('\uFEFF');
            using (var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                shell.AddCommand("Microsoft.PowerShell.Utility\\ConvertFrom-Json").AddParameter("InputObject", text);
                var profile = shell.Invoke().FirstOrDefault();
                var subscriptions = profile?.Properties["subscriptions"]?.Value;
                return (LanguagePrimitives.GetEnumerable(subscriptions) ?? Array.Empty<object>())
                    .Cast<object>()
                    .Select(PSObject.AsPSObject)
                    .Select(s => (
                        Id: s.Properties["id"]?.Value?.ToString() ?? string.Empty,
                        Name: s.Properties["name"]?.Value?.ToString() ?? string.Empty,
                        Tenant: s.Properties["tenantId"]?.Value?.ToString() ?? string.Empty))
                    .Where(s => s.Id.Length > 0)
                    .ToArray();
            }
        }
    }
}
