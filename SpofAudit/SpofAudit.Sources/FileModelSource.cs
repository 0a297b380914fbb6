using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Aws;
using SpofAudit.Azure;
using SpofAudit.Diagnostics;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Sourcing;

namespace SpofAudit.Sources
{
    /// <summary>
    /// The model of the files a user names (<c>Get-SpofModel -Path</c>, the CLI's FILE arguments): spofaudit/v1
    /// YAML files, merged; or, when a file is an AWS CLI export or an Azure export (<c>az graph query</c>,
    /// <c>az resource list</c>), that cloud's mapping with the YAML files beside it as overlays. Both faces read
    /// files through this one dispatch, so a file is read the same way whichever face is given it.
    /// </summary>
    public sealed class FileModelSource : IModelSource
    {
        private readonly IReadOnlyList<string> _paths;
        private readonly EvidenceFiles _evidence;

        /// <param name="paths">Architecture files, or AWS / Azure exports with YAML overlays.</param>
        /// <param name="evidence">Backstage catalogs and on-call exports named beside them; none when null.</param>
        public FileModelSource(IReadOnlyList<string> paths, EvidenceFiles? evidence = null)
        {
            _paths = paths ?? throw new ArgumentNullException(nameof(paths));
            _evidence = evidence ?? EvidenceFiles.None;
        }

        /// <summary>
        /// Reads on the calling thread: files are local and quick, and the YAML loader has no async path. A failure
        /// comes back in the task, as from any source, so a face that queues the read's messages still shows those
        /// written before it.
        /// </summary>
        public Task<SpofModel> ReadAsync(ISpofHost host, CancellationToken cancellationToken)
        {
            try
            {
                return Task.FromResult(Load(_paths, _evidence, CancellableHost.For(host, cancellationToken)));
            }
            catch (Exception e)
            {
                return Task.FromException<SpofModel>(e);
            }
        }

        /// <exception cref="Diagnostics.SpofInputException">Anything wrong with the files (file:line:column).</exception>
        /// <exception cref="OperationCanceledException">The host asked to stop.</exception>
        public static SpofModel Load(IReadOnlyList<string> paths, ISpofHost host) => Load(paths, EvidenceFiles.None, host);

        /// <summary>
        /// The files' model; Backstage catalogs among the files, or given apart, through <see cref="CatalogModelLoader"/>;
        /// the rotations of the on-call exports operate its components.
        /// </summary>
        /// <exception cref="Diagnostics.SpofInputException">Anything wrong with the files (file:line:column).</exception>
        /// <exception cref="OperationCanceledException">The host asked to stop.</exception>
        public static SpofModel Load(IReadOnlyList<string> paths, EvidenceFiles evidence, ISpofHost host)
        {
            if (evidence == null)
            {
                throw new ArgumentNullException(nameof(evidence));
            }

            if (paths == null)
            {
                throw new ArgumentNullException(nameof(paths));
            }

            if (host == null)
            {
                throw new ArgumentNullException(nameof(host));
            }

            // Azure's test is the narrower one (ARM ids inside), so it goes first.
            var export = AzureModelSource.AnyExport(paths) || AwsModelSource.AnyExport(paths);
            if (export && evidence.Catalogs.Count > 0)
            {
                throw new SpofInputException(new SpofDiagnostic(
                    DiagnosticCodes.InvalidValue, DiagnosticCodes.CategoryOf(DiagnosticCodes.InvalidValue), new SourceLocation(evidence.Catalogs[0], 0, 0),
                    "a Backstage catalog given apart joins owners to spofaudit/v1 files, not to AWS or Azure exports; put the owners in an overlay"));
            }

            if (export && evidence.OnCallExports.Count > 0)
            {
                // Said, not dropped: rotations silently ignored would leave their gaps unreported.
                throw new SpofInputException(new SpofDiagnostic(
                    DiagnosticCodes.InvalidValue, DiagnosticCodes.CategoryOf(DiagnosticCodes.InvalidValue), new SourceLocation(evidence.OnCallExports[0], 0, 0),
                    "on-call exports are read with spofaudit/v1 model files only, not with AWS or Azure exports"));
            }

            var model = AzureModelSource.AnyExport(paths) ? AzureModelSource.FromFiles(paths, host)
                : AwsModelSource.AnyExport(paths) ? AwsModelSource.FromFiles(paths, host)
                : CatalogModelLoader.Applies(paths, evidence.Catalogs) ? CatalogModelLoader.Load(paths, evidence.Catalogs, evidence.OnCallExports, host)
                : LoadYaml(paths, evidence.OnCallExports, host);
            host.CancellationToken.ThrowIfCancellationRequested();
            return model;
        }

        /// <summary>
        /// Architecture files; what their evidence sources could not give (a missing CODEOWNERS, an on-call export in an
        /// unknown shape) is a warning now and an incomplete entry in every report, as a cloud source's unread call is.
        /// </summary>
        private static SpofModel LoadYaml(IReadOnlyList<string> paths, IReadOnlyList<string> onCallExports, ISpofHost host)
        {
            var model = new YamlModelLoader { OnCallExports = onCallExports }.Load(paths);
            foreach (var part in model.Provenance.Unread)
            {
                host.WriteWarning(part.Description);
            }

            return model;
        }
    }
}
