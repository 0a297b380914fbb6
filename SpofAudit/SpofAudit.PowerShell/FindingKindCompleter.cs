using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SpofAudit.Findings;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Tab completion of <c>-Kind</c> from the registered finding rules: kinds are not an enum, so PowerShell cannot
    /// offer their names by itself. Typed names bind through <see cref="FindingKind.Parse"/>.
    /// </summary>
    public sealed class FindingKindCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return FindingRules.All
                .Where(r => r.Kind.Name.StartsWith(typed, System.StringComparison.OrdinalIgnoreCase))
                .Select(r => new CompletionResult(r.Kind.Name, r.Kind.Name, CompletionResultType.ParameterValue, r.Description));
        }
    }
}
