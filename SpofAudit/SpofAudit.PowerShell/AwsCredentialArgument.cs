using System;
using System.Management.Automation;
using SpofAudit.Sources;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Reads AWS keys out of what <c>-Credential</c> or AWS.Tools' <c>$StoredAWSCredentials</c> hold, by duck typing:
    /// AWS.Tools' credentials are types of its own AWSSDK.Core, which SpofAudit's isolated copy cannot share, so
    /// no SDK type is named here. Accepted: anything whose <c>GetCredentials()</c> returns an object with
    /// <c>AccessKey</c>, <c>SecretKey</c> and <c>Token</c> (Amazon.Runtime.AWSCredentials); anything with a
    /// <c>Credentials</c> property holding such an object (AWS.Tools' AWSPSCredentials); a PSCredential with the
    /// access key id as user name and the secret access key as password.
    /// </summary>
    internal static class AwsCredentialArgument
    {
        public const string Accepted =
            "an AWS.Tools credentials object (anything whose GetCredentials() returns AccessKey, SecretKey and Token) or a PSCredential with the access key id as user name and the secret access key as password";

        /// <summary>The keys <paramref name="value"/> holds.</summary>
        /// <param name="origin">Where the value came from, for messages: "-Credential", "$StoredAWSCredentials".</param>
        /// <exception cref="ArgumentException">The value holds no usable keys (the message never shows a key).</exception>
        public static AwsKeys Read(object value, string origin) => Read(value, origin, depth: 0);

        private static AwsKeys Read(object? value, string origin, int depth)
        {
            var wrapped = value == null ? null : PSObject.AsPSObject(value);
            if (wrapped?.BaseObject is PSCredential credential)
            {
                return new AwsKeys(credential.UserName, credential.GetNetworkCredential().Password, null, origin);
            }

            var getCredentials = wrapped?.Methods["GetCredentials"];
            if (getCredentials != null)
            {
                object? resolved;
                try
                {
                    resolved = getCredentials.Invoke();
                }
                catch (MethodInvocationException e)
                {
                    throw new ArgumentException($"{origin}: GetCredentials() failed: {(e.InnerException ?? e).Message}", e);
                }

                var keys = resolved == null ? null : PSObject.AsPSObject(resolved);
                var accessKey = Text(keys, "AccessKey");
                var secretKey = Text(keys, "SecretKey");
                if (accessKey != null && secretKey != null)
                {
                    return new AwsKeys(accessKey, secretKey, Text(keys, "Token"), origin);
                }
            }

            var inner = wrapped?.Properties["Credentials"]?.Value;
            if (inner != null && depth < 2)
            {
                return Read(inner, origin, depth + 1);
            }

            var type = wrapped?.BaseObject.GetType().FullName ?? "null";
            throw new ArgumentException($"{origin} holds a {type}, which gives no AWS keys; it takes {Accepted}.");
        }

        private static string? Text(PSObject? value, string property)
        {
            var text = value?.Properties[property]?.Value?.ToString();
            return string.IsNullOrEmpty(text) ? null : text;
        }
    }
}
