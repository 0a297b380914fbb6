using System;
using System.Collections.Generic;
using SpofAudit.Aws;
using SpofAudit.Azure;
using SpofAudit.Hosting;
using SpofAudit.Loading;
using SpofAudit.Model;

namespace SpofAudit.Sources
{
    /// <summary>
    /// The model of the files a user names (<c>Get-SpofModel -Path</c>, the CLI's FILE arguments): spofaudit/v1
    /// YAML files, merged; or, when a file is an AWS CLI export or an Azure export (<c>az graph query</c>,
    /// <c>az resource list</c>), that cloud's mapping with the YAML files beside it as overlays. Both faces call
    /// this one dispatch, so a file is read the same way whichever face is given it.
    /// </summary>
    public static class FileModelSource
    {
        /// <exception cref="Diagnostics.SpofInputException">Anything wrong with the files (file:line:column).</exception>
        /// <exception cref="OperationCanceledException">The host asked to stop.</exception>
        public static SpofModel Load(IReadOnlyList<string> paths, ISpofHost host)
        {
            if (paths == null)
            {
                throw new ArgumentNullException(nameof(paths));
            }

            if (host == null)
            {
                throw new ArgumentNullException(nameof(host));
            }

            // Azure's test is the narrower one (ARM ids inside), so it goes first.
            var model = AzureModelSource.AnyExport(paths) ? AzureModelSource.FromFiles(paths, host)
                : AwsModelSource.AnyExport(paths) ? AwsModelSource.FromFiles(paths, host)
                : new YamlModelLoader().Load(paths);
            host.CancellationToken.ThrowIfCancellationRequested();
            return model;
        }
    }
}
