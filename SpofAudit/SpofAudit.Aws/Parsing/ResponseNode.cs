using System;
using System.Collections.Generic;

namespace SpofAudit.Aws.Parsing
{
    /// <summary>
    /// One object of an AWS response, whether it came as Query API XML or as the JSON the AWS CLI prints for the
    /// same call, so each resource is parsed by one piece of code. Field names match case-insensitively (EC2's XML
    /// says <c>instanceId</c> where the CLI says <c>InstanceId</c>); where the two differ more (EC2's
    /// <c>instancesSet</c> vs <c>Instances</c>) a parser names both.
    /// </summary>
    internal abstract class ResponseNode
    {
        /// <summary>Where this node is, for error messages: the source and the field path.</summary>
        public abstract string Where { get; }

        /// <summary>The first of the named child objects that exists.</summary>
        public abstract ResponseNode? Child(params string[] names);

        /// <summary>The text of the first of the named fields that exists and is a scalar.</summary>
        public abstract string? Text(params string[] names);

        /// <summary>The elements of the first of the named lists that exists; empty when none does.</summary>
        public abstract IReadOnlyList<ResponseNode> List(params string[] names);

        /// <summary>The scalar elements of the first of the named lists of strings that exists.</summary>
        public abstract IReadOnlyList<string> Strings(params string[] names);

        /// <summary>A field the resource cannot be understood without.</summary>
        public string Required(params string[] names) =>
            Text(names) ?? throw new AwsResponseException($"{Where}: the field {names[0]} is missing");

        public bool Flag(params string[] names) =>
            string.Equals(Text(names), "true", StringComparison.OrdinalIgnoreCase);

        public int Number(params string[] names)
        {
            var text = Text(names);
            if (text == null)
            {
                return 0;
            }

            return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new AwsResponseException($"{Where}: the field {names[0]} is '{text}', expected a whole number");
        }
    }
}
