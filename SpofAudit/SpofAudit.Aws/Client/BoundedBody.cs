using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// Reads a response body up to a size limit, counting as the bytes stream in: an announced length over the limit
    /// is refused before reading, an unannounced (chunked) body is cut off at the limit, so memory never exceeds it.
    /// </summary>
    internal static class BoundedBody
    {
        private const int BufferSize = 81920;

        /// <exception cref="AwsLimitExceededException">The body is larger than <paramref name="maxBytes"/>.</exception>
        public static async Task<string> ReadAsync(HttpContent content, long maxBytes, string iamAction, string region, CancellationToken cancellation)
        {
            var announced = content.Headers.ContentLength;
            if (announced > maxBytes)
            {
                throw new AwsLimitExceededException(
                    iamAction, region, $"the response announces {MiB(announced.Value)}, more than the {MiB(maxBytes)} a response may have; it was not downloaded");
            }

            using (var stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
            using (var buffer = new MemoryStream())
            {
                var chunk = new byte[BufferSize];
                int read;
                while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellation).ConfigureAwait(false)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        throw new AwsLimitExceededException(
                            iamAction, region, $"the response is larger than the {MiB(maxBytes)} a response may have; reading stopped there");
                    }

                    buffer.Write(chunk, 0, read);
                }

                var bytes = buffer.GetBuffer();
                var bom = buffer.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                return Encoding.UTF8.GetString(bytes, bom, (int)buffer.Length - bom);
            }
        }

        private static string MiB(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB";
    }
}
