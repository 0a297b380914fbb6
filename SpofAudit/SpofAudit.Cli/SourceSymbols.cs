using System.Collections.Generic;
using System.CommandLine;
using SpofAudit.Sources;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Where every command reads its model: FILE arguments (with <c>--catalog</c>), <c>--aws</c> (with its options) or <c>--azure</c> (FILE
    /// arguments then are overlays). One class, so each command that reads a model accepts the same sources as its
    /// cmdlet, and the mistakes between them are reported the same way.
    /// </summary>
    public sealed class SourceSymbols
    {
        private readonly AwsSymbols _aws = new AwsSymbols();
        private readonly AzureSymbols _azure = new AzureSymbols();

        private readonly Option<string[]> _catalogs = new Option<string[]>("--catalog")
        {
            Description = "A Backstage catalog (catalog-info.yaml) whose owners join the components of the same name; repeatable. A catalog given as FILE is itself the model.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };

        public void AddTo(Command command)
        {
            command.Options.Add(_catalogs);
            _aws.AddTo(command);
            foreach (var option in _azure.All)
            {
                command.Options.Add(option);
            }
        }

        /// <summary>The source the arguments name; throws CliUsageException for a contradictory or incomplete choice.</summary>
        /// <param name="onCallExports">On-call schedule exports (<c>--oncall</c>), read with FILE arguments only.</param>
        public CliSource Select(ParseResult parse, IReadOnlyList<string> files, StderrHost host, IReadOnlyList<string>? onCallExports = null)
        {
            onCallExports ??= System.Array.Empty<string>();
            if (onCallExports.Count > 0 && (_azure.Requested(parse) || _aws.Requested(parse)))
            {
                throw new CliUsageException("--oncall goes with FILE arguments (spofaudit/v1 models), not with --aws or --azure");
            }

            var catalogs = parse.GetValue(_catalogs) ?? System.Array.Empty<string>();
            if (catalogs.Length > 0 && (_azure.Requested(parse) || _aws.Requested(parse)))
            {
                throw new CliUsageException("--catalog joins owners to architecture files (FILE...), not to --aws or --azure; put the owners in an overlay");
            }

            if (_azure.Requested(parse))
            {
                if (_aws.Requested(parse))
                {
                    throw new CliUsageException("give --aws or --azure, not both: audit one cloud at a time and merge the reports");
                }

                // With --azure the files are optional overlays.
                return new CliSource(_azure.Source(parse, files), host);
            }

            _azure.CheckUnused(parse);
            if (!_aws.Requested(parse))
            {
                _aws.CheckUnused(parse);
                if (files.Count == 0)
                {
                    throw new CliUsageException("give architecture files (FILE...), --aws or --azure");
                }

                host.WriteVerbose($"loading {string.Join(", ", files)}");
                return new CliSource(ModelSources.Files(files, new EvidenceFiles(catalogs, onCallExports)), host);
            }

            if (files.Count > 0)
            {
                throw new CliUsageException($"give either FILE arguments or --aws, not both ('{files[0]}'); overlays go with --overlay");
            }

            return new CliSource(_aws.Source(parse), new AwsProgressHost(host));
        }
    }
}
