using System;
using System.CommandLine;
using System.Linq;
using SpofAudit.Sources;
using SpofAudit.Sourcing;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>--aws</c> and its options (<c>--region</c>, <c>--profile</c>, <c>--profile-location</c>, <c>--role-arn</c>,
    /// <c>--endpoint-url</c>, <c>--overlay</c>): a live, read-only audit of an AWS account instead of FILE arguments.
    /// No option takes keys: a secret on a command line ends up in shell history and process lists.
    /// </summary>
    public sealed class AwsSymbols
    {
        private readonly Option<bool> _aws = new Option<bool>("--aws")
        {
            Description = "Read the model from a live AWS account (read-only Describe/List/Get calls) instead of files.",
        };

        private readonly Option<string[]> _regions = new Option<string[]>("--region")
        {
            Description = "AWS regions to read, repeated or comma-separated; default: the SDK's region (AWS_REGION, the profile).",
            HelpName = "REGION",
            AllowMultipleArgumentsPerToken = false,
        };

        private readonly Option<string?> _profile = new Option<string?>("--profile")
        {
            Description = "A profile of the shared AWS config/credentials files; default: the SDK's credential chain.",
            HelpName = "NAME",
        };

        private readonly Option<string?> _profileLocation = new Option<string?>("--profile-location")
        {
            Description = "A credentials file to read --profile from (its default profile without --profile); default: the shared files.",
            HelpName = "FILE",
        };

        private readonly Option<string?> _roleArn = new Option<string?>("--role-arn")
        {
            Description = "A role to assume (sts:AssumeRole) before reading.",
            HelpName = "ARN",
        };

        private readonly Option<string?> _endpoint = new Option<string?>("--endpoint-url")
        {
            Description = "One endpoint for every AWS service (tests, emulators); default: AWS_ENDPOINT_URL, else AWS's.",
            HelpName = "URL",
        };

        private readonly Option<string[]> _overlays = new Option<string[]>("--overlay")
        {
            Description = "spofaudit/v1 YAML files merged into the discovered model (entrypoints, dependsOn, owners).",
            HelpName = "FILE",
        };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { _aws, _regions, _profile, _profileLocation, _roleArn, _endpoint, _overlays })
            {
                command.Options.Add(option);
            }
        }

        /// <summary>True when <c>--aws</c> is given.</summary>
        public bool Requested(ParseResult parse) => parse.GetValue(_aws);

        /// <summary>AWS options without <c>--aws</c> are a mistake worth one line, not a silent no-op.</summary>
        public void CheckUnused(ParseResult parse)
        {
            var used = new Option[] { _regions, _profile, _profileLocation, _roleArn, _endpoint, _overlays }.FirstOrDefault(o => parse.GetResult(o) != null);
            if (used != null)
            {
                throw new CliUsageException($"{used.Name} needs --aws");
            }
        }

        /// <summary>The live account the options name (with <c>--aws</c>).</summary>
        public IModelSource Source(ParseResult parse) => ModelSources.Aws(new AwsReadOptions
        {
            Regions = ListValues.Split(parse.GetValue(_regions) ?? Array.Empty<string>()),
            ProfileName = parse.GetValue(_profile),
            ProfileLocation = parse.GetValue(_profileLocation),
            RoleArn = parse.GetValue(_roleArn),
            EndpointUrl = parse.GetValue(_endpoint),
            OverlayPaths = parse.GetValue(_overlays) ?? Array.Empty<string>(),
        });
    }
}
