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
        private readonly IReadOnlyList<string> _catalogs;

        /// <param name="paths">The architecture files.</param>
        /// <param name="catalogs">Backstage catalogs whose owners join the model's components (<c>-Catalog</c>, <c>--catalog</c>).</param>
        public FileModelSource(IReadOnlyList<string> paths, IReadOnlyList<string>? catalogs = null)
        {
            _paths = paths ?? throw new ArgumentNullException(nameof(paths));
            _catalogs = catalogs ?? Array.Empty<string>();
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
                return Task.FromResult(Load(_paths, _catalogs, CancellableHost.For(host, cancellationToken)));
            }
            catch (Exception e)
            {
                return Task.FromException<SpofModel>(e);
            }
        }

        /// <exception cref="Diagnostics.SpofInputException">Anything wrong with the files (file:line:column).</exception>
        /// <exception cref="OperationCanceledException">The host asked to stop.</exception>
        public static SpofModel Load(IReadOnlyList<string> paths, ISpofHost host) => Load(paths, Array.Empty<string>(), host);

        /// <summary>The files' model; Backstage catalogs among the files, or given in <paramref name="catalogs"/>, through <see cref="CatalogModelLoader"/>.</summary>
        /// <exception cref="Diagnostics.SpofInputException">Anything wrong with the files (file:line:column).</exception>
        /// <exception cref="OperationCanceledException">The host asked to stop.</exception>
        public static SpofModel Load(IReadOnlyList<string> paths, IReadOnlyList<string> catalogs, ISpofHost host)
        {
            if (catalogs == null)
            {
                throw new ArgumentNullException(nameof(catalogs));
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
            if (export && catalogs.Count > 0)
            {
                throw new SpofInputException(new SpofDiagnostic(
                    DiagnosticCodes.InvalidValue, DiagnosticCodes.CategoryOf(DiagnosticCodes.InvalidValue), new SourceLocation(catalogs[0], 0, 0),
                    "a Backstage catalog given apart joins owners to spofaudit/v1 files, not to AWS or Azure exports; put the owners in an overlay"));
            }

            var model = AzureModelSource.AnyExport(paths) ? AzureModelSource.FromFiles(paths, host)
                : AwsModelSource.AnyExport(paths) ? AwsModelSource.FromFiles(paths, host)
                : CatalogModelLoader.Applies(paths, catalogs) ? CatalogModelLoader.Load(paths, catalogs, host)
                : LoadYaml(paths, host);
            host.CancellationToken.ThrowIfCancellationRequested();
            return model;
        }

        /// <summary>
        /// Architecture files; what their evidence sources could not give (a missing CODEOWNERS) is a warning now and
        /// an incomplete entry in every report, as a cloud source's unread call is.
        /// </summary>
        private static SpofModel LoadYaml(IReadOnlyList<string> paths, ISpofHost host)
        {
            var model = new YamlModelLoader().Load(paths);
            foreach (var part in model.Provenance.Unread)
            {
                host.WriteWarning(part.Description);
            }

            return model;
        }
    }
}
