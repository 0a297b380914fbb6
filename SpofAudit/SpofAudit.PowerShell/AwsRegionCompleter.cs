using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Tab completion of <c>-Region</c> with the AWS region names. The list is kept here rather than read from the
    /// AWS SDK so completing a region never loads the SDK; any other region name still binds.
    /// </summary>
    public sealed class AwsRegionCompleter : IArgumentCompleter
    {
        private static readonly KeyValuePair<string, string>[] Regions =
        {
            Region("us-east-1", "US East (N. Virginia)"),
            Region("us-east-2", "US East (Ohio)"),
            Region("us-west-1", "US West (N. California)"),
            Region("us-west-2", "US West (Oregon)"),
            Region("af-south-1", "Africa (Cape Town)"),
            Region("ap-east-1", "Asia Pacific (Hong Kong)"),
            Region("ap-east-2", "Asia Pacific (Taipei)"),
            Region("ap-south-1", "Asia Pacific (Mumbai)"),
            Region("ap-south-2", "Asia Pacific (Hyderabad)"),
            Region("ap-southeast-1", "Asia Pacific (Singapore)"),
            Region("ap-southeast-2", "Asia Pacific (Sydney)"),
            Region("ap-southeast-3", "Asia Pacific (Jakarta)"),
            Region("ap-southeast-4", "Asia Pacific (Melbourne)"),
            Region("ap-southeast-5", "Asia Pacific (Malaysia)"),
            Region("ap-southeast-7", "Asia Pacific (Thailand)"),
            Region("ap-northeast-1", "Asia Pacific (Tokyo)"),
            Region("ap-northeast-2", "Asia Pacific (Seoul)"),
            Region("ap-northeast-3", "Asia Pacific (Osaka)"),
            Region("ca-central-1", "Canada (Central)"),
            Region("ca-west-1", "Canada West (Calgary)"),
            Region("eu-central-1", "Europe (Frankfurt)"),
            Region("eu-central-2", "Europe (Zurich)"),
            Region("eu-west-1", "Europe (Ireland)"),
            Region("eu-west-2", "Europe (London)"),
            Region("eu-west-3", "Europe (Paris)"),
            Region("eu-south-1", "Europe (Milan)"),
            Region("eu-south-2", "Europe (Spain)"),
            Region("eu-north-1", "Europe (Stockholm)"),
            Region("il-central-1", "Israel (Tel Aviv)"),
            Region("me-south-1", "Middle East (Bahrain)"),
            Region("me-central-1", "Middle East (UAE)"),
            Region("mx-central-1", "Mexico (Central)"),
            Region("sa-east-1", "South America (Sao Paulo)"),
            Region("us-gov-east-1", "AWS GovCloud (US-East)"),
            Region("us-gov-west-1", "AWS GovCloud (US-West)"),
            Region("cn-north-1", "China (Beijing)"),
            Region("cn-northwest-1", "China (Ningxia)"),
        };

        /// <summary>The region names offered, for tests and documentation.</summary>
        public static IReadOnlyList<string> Names => Regions.Select(r => r.Key).ToArray();

        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return Regions
                .Where(r => r.Key.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(r => new CompletionResult(r.Key, r.Key, CompletionResultType.ParameterValue, $"{r.Key}: {r.Value}"))
                .ToArray();
        }

        private static KeyValuePair<string, string> Region(string name, string location) => new KeyValuePair<string, string>(name, location);
    }
}
