using System;
using System.Collections.Generic;

namespace SpofAudit.Model
{
    /// <summary>
    /// One thing a model was read from: a file, an AWS account and its regions, Azure subscriptions, or an export
    /// file. <see cref="Description"/> is the line reports show for it; the other properties say the same as data.
    /// </summary>
    public sealed class InventorySource
    {
        public InventorySource(InventorySourceKind kind, string description, IReadOnlyList<string>? names = null, string? account = null)
        {
            Kind = kind;
            Description = description ?? throw new ArgumentNullException(nameof(description));
            Names = names ?? Array.Empty<string>();
            Account = account;
        }

        public InventorySourceKind Kind { get; }

        /// <summary>The source as reports name it: a path, or e.g. <c>aws account 1234, regions us-east-1</c>.</summary>
        public string Description { get; }

        /// <summary>What it names: the file path, the AWS regions read, or the Azure subscription ids.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The AWS account id, when known; null for other kinds.</summary>
        public string? Account { get; }

        /// <summary>A YAML file (or a source known only by its name, such as a report read back without provenance).</summary>
        public static InventorySource File(string path) => new InventorySource(InventorySourceKind.File, path, new[] { path });

        public override string ToString() => Description;
    }
}
