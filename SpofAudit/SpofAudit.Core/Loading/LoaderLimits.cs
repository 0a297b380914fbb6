using System;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Safety bounds for reading YAML, so hostile or broken input fails fast with a clear error instead of
    /// exhausting time or memory. The defaults comfortably fit a 200,000-component model (~60 MB).
    /// </summary>
    public sealed class LoaderLimits
    {
        /// <summary>256 MiB.</summary>
        public const long DefaultMaxFileBytes = 256L * 1024 * 1024;

        public const int DefaultMaxDepth = 64;
        public const long DefaultMaxAliasNodes = 1_000_000;
        public const int DefaultAliasNodesPerNode = 10;

        /// <param name="maxFileBytes">Largest file accepted, checked before reading (and while reading streams of unknown length).</param>
        /// <param name="maxDepth">Deepest nesting of mappings and lists (the root mapping is depth 1).</param>
        /// <param name="maxAliasNodes">Nodes that aliases may add regardless of document size.</param>
        /// <param name="aliasNodesPerNode">Further nodes aliases may add per node written in the document.</param>
        /// <param name="maxInstances">Most instances a model may hold in total (an <c>instances: 1000000000</c> must not exhaust memory).</param>
        public LoaderLimits(
            long maxFileBytes = DefaultMaxFileBytes,
            int maxDepth = DefaultMaxDepth,
            long maxAliasNodes = DefaultMaxAliasNodes,
            int aliasNodesPerNode = DefaultAliasNodesPerNode,
            int maxInstances = ModelBuilder.DefaultMaxInstances)
        {
            if (maxFileBytes < 1 || maxDepth < 1 || maxAliasNodes < 0 || aliasNodesPerNode < 0 || maxInstances < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(maxFileBytes), "Loader limits must be positive.");
            }

            MaxFileBytes = maxFileBytes;
            MaxDepth = maxDepth;
            MaxAliasNodes = maxAliasNodes;
            AliasNodesPerNode = aliasNodesPerNode;
            MaxInstances = maxInstances;
        }

        /// <summary>The defaults: 256 MiB per file, depth 64, aliases may add 1,000,000 + 10 × (nodes written) nodes, 2,000,000 instances.</summary>
        public static LoaderLimits Default { get; } = new LoaderLimits();

        /// <summary>Largest input in bytes (<see cref="DefaultMaxFileBytes"/>). Exceeding it is <c>InputTooLarge</c>.</summary>
        public long MaxFileBytes { get; }

        /// <summary>Deepest nesting of mappings and lists (<see cref="DefaultMaxDepth"/>). Exceeding it is <c>NestingTooDeep</c>.</summary>
        public int MaxDepth { get; }

        /// <summary>
        /// Aliases are expanded by reference, never copied, but everything that reads the document walks the
        /// expansion. So the nodes aliases add (an alias to a node of n nodes adds n) are bounded: at every alias,
        /// added nodes must not exceed <see cref="MaxAliasNodes"/> + <see cref="AliasNodesPerNode"/> × nodes
        /// written so far. Exceeding it ("billion laughs") is <c>AliasExpansionTooLarge</c>.
        /// </summary>
        public long MaxAliasNodes { get; }

        /// <inheritdoc cref="MaxAliasNodes"/>
        public int AliasNodesPerNode { get; }

        /// <summary>Most instances the model may hold in total. Exceeding it is <c>TooManyInstances</c>.</summary>
        public int MaxInstances { get; }
    }
}
