using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Hosting;
using SpofAudit.Model;

namespace SpofAudit.Sourcing
{
    /// <summary>
    /// Where a model comes from: files, a live AWS account, live Azure. The faces and the report pipeline only
    /// see this interface, so no face needs a provider's types (a later step loads the cloud SDKs in their own
    /// load context). A source is configured when it is made and read once.
    /// </summary>
    public interface IModelSource
    {
        /// <summary>
        /// Reads the model. Warnings, verbose notes and progress go to <paramref name="host"/>, possibly from other
        /// threads for a live read (a face that needs one thread marshals them).
        /// </summary>
        /// <exception cref="Diagnostics.SpofInputException">The input is wrong: a file, an overlay, a sign-in (file:line:column or "azure: ...").</exception>
        /// <exception cref="SourceFailureException">A live source could not be read (credentials, access, a failing service).</exception>
        /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
        Task<SpofModel> ReadAsync(ISpofHost host, CancellationToken cancellationToken);
    }
}
