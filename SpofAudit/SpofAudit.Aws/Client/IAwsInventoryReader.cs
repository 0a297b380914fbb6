using System.Threading;
using System.Threading.Tasks;
using SpofAudit.Aws.Inventory;
using SpofAudit.Hosting;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Reads an account's inventory. <see cref="AwsInventoryReader"/> reads EC2 through AWSSDK.EC2 and the other
    /// services through the Query client; the mapping and the faces see only this interface.
    /// </summary>
    public interface IAwsInventoryReader
    {
        /// <summary>The account id of the credentials in use.</summary>
        Task<string> GetAccountAsync(CancellationToken cancellation);

        /// <summary>
        /// Reads one region into <paramref name="into"/>. A call the caller may not make is recorded in
        /// <see cref="AwsInventory.Gaps"/> and reported through the host; the rest is still read.
        /// </summary>
        Task ReadRegionAsync(string region, AwsInventory into, ISpofHost host, CancellationToken cancellation);
    }
}
