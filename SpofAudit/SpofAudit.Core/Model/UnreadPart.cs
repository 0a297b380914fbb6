using System;

namespace SpofAudit.Model
{
    /// <summary>
    /// A part of a source that could not be read (a denied call, a subscription without access): the model may
    /// miss what it holds, and every report says so.
    /// </summary>
    public sealed class UnreadPart
    {
        public UnreadPart(InventorySource source, string scope, string part, string reason, string description, string? code = null)
        {
            Code = code;
            Source = source ?? throw new ArgumentNullException(nameof(source));
            Scope = scope;
            Part = part;
            Reason = reason;
            Description = description;
        }

        /// <summary>The source the part belongs to.</summary>
        public InventorySource Source { get; }

        /// <summary>Where in the source: an AWS region, an Azure subscription id, or a file.</summary>
        public string Scope { get; }

        /// <summary>What was not read: the denied call (e.g. <c>ec2:DescribeInstances</c>) or resource family.</summary>
        public string Part { get; }

        /// <summary>Why: the provider's error code and message (e.g. <c>AccessDenied</c>).</summary>
        public string Reason { get; }

        /// <summary>The provider's error code alone (e.g. <c>AccessDenied</c>, <c>AuthorizationFailed</c>), when it gave one.</summary>
        public string? Code { get; }

        /// <summary>The part as reports name it, e.g. <c>ec2:DescribeInstances in us-east-1: AccessDenied</c>.</summary>
        public string Description { get; }

        public override string ToString() => Description;
    }
}
