using System;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SpofAudit.Aws.Parsing;

namespace SpofAudit.Aws.Client
{
    /// <summary>
    /// The Query XML envelope every answer is checked against, whichever client sent the call: well-formed (no DTD),
    /// rooted at <c>{Action}Response</c>, and the code and message of an error document.
    /// </summary>
    internal static class QueryDocument
    {
        /// <exception cref="AwsResponseException">Not well-formed XML.</exception>
        public static XElement Parse(string text, string iamAction, string region)
        {
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using (var reader = XmlReader.Create(new System.IO.StringReader(text), settings))
                {
                    return XElement.Load(reader);
                }
            }
            catch (XmlException e)
            {
                throw new AwsResponseException($"{iamAction} in {region}: the response is not well-formed XML ({e.Message})", e);
            }
        }

        /// <summary>
        /// Checks, without building the document, that <paramref name="text"/> is well-formed XML rooted at
        /// <c>{Action}Response</c>: the envelope an AWS SDK client then reads.
        /// </summary>
        /// <exception cref="AwsResponseException">Not well-formed, or another root.</exception>
        public static void Check(string text, string action, string iamAction, string region)
        {
            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using (var reader = XmlReader.Create(new System.IO.StringReader(text), settings))
                {
                    reader.MoveToContent();
                    if (!string.Equals(reader.LocalName, action + "Response", StringComparison.Ordinal))
                    {
                        throw new AwsResponseException($"{iamAction} in {region}: expected a {action}Response document, got <{reader.LocalName}>");
                    }

                    while (reader.Read())
                    {
                    }
                }
            }
            catch (XmlException e)
            {
                throw new AwsResponseException($"{iamAction} in {region}: the response is not well-formed XML ({e.Message})", e);
            }
        }

        /// <summary>The result element of a response (<c>{Action}Result</c>, or the root for EC2).</summary>
        /// <exception cref="AwsResponseException">The root is not <c>{Action}Response</c>.</exception>
        public static XElement ResultOf(XElement root, string action, string iamAction, string region)
        {
            if (!string.Equals(root.Name.LocalName, action + "Response", StringComparison.Ordinal))
            {
                throw new AwsResponseException($"{iamAction} in {region}: expected a {action}Response document, got <{root.Name.LocalName}>");
            }

            return root.Elements().FirstOrDefault(e => e.Name.LocalName == action + "Result") ?? root;
        }

        /// <summary>The code and message of an error response (EC2's Response/Errors/Error or the Query services' ErrorResponse/Error).</summary>
        public static (string? Code, string Message) ErrorOf(string text, int status)
        {
            try
            {
                var root = XElement.Parse(text);
                var code = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Code")?.Value.Trim();
                var message = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value.Trim();
                return (string.IsNullOrEmpty(code) ? null : code, string.IsNullOrEmpty(message) ? "HTTP " + status : message!);
            }
            catch (XmlException)
            {
                return (null, "HTTP " + status + " with a body that is not an AWS error document");
            }
        }
    }
}
