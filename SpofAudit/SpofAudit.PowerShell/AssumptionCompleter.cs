using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using SpofAudit.Analysis.Availability;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Tab completion of Measure-SpofAvailability's <c>-Assume</c>. PowerShell does not ask a completer for the keys
    /// inside a hashtable being typed, so the keys come as hashtables to start from: <c>-Assume z</c> TAB gives
    /// <c>@{ zone = 0.9999 }</c>, each key with its default, and <c>-Assume</c> TAB also offers all keys at once.
    /// </summary>
    public sealed class AssumptionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"').TrimStart('@', '{', ' ');
            var defaults = AvailabilityAssumptions.Default;
            var keys = new[]
            {
                Key(AvailabilityAssumptions.InstanceKey, defaults.Instance, "an instance without its own availability"),
                Key(AvailabilityAssumptions.ZoneKey, defaults.Zone, "an availability zone"),
                Key(AvailabilityAssumptions.RegionKey, defaults.Region, "a region"),
                Key(AvailabilityAssumptions.DomainKey, defaults.Domain, "a shared-fate domain (rack, power, network)"),
                Key(AvailabilityAssumptions.FailoverKey, defaults.Failover, "a warm or cold failover succeeding"),
            };
            var results = keys
                .Where(k => k.Name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(k => new CompletionResult($"@{{ {k.Name} = {k.Value} }}", k.Name, CompletionResultType.ParameterValue, $"{k.Name}: availability of {k.Meaning} (default {k.Value})"))
                .ToList();
            if (typed.Length == 0)
            {
                var all = "@{ " + string.Join("; ", keys.Select(k => $"{k.Name} = {k.Value}")) + " }";
                results.Add(new CompletionResult(all, "all", CompletionResultType.ParameterValue, "every key with its default"));
            }

            return results;
        }

        private static (string Name, string Value, string Meaning) Key(string name, double value, string meaning) =>
            (name, value.ToString("R", CultureInfo.InvariantCulture), meaning);
    }
}
