using System.Collections.Generic;

namespace SpofAudit.Tests.Export
{
    /// <summary>What <c>scram --mocus --limit-order 1</c> said about the top gate.</summary>
    internal sealed class ScramResult
    {
        public ScramResult(IReadOnlyList<IReadOnlyList<string>> products, string? warning)
        {
            Products = products;
            Warning = warning;
        }

        /// <summary>The minimal cut sets found, each the basic-event names of one product.</summary>
        public IReadOnlyList<IReadOnlyList<string>> Products { get; }

        /// <summary>SCRAM's note on the set: "The set is NULL/Empty." (top never fails) or "The set is UNITY/Base." (top always fails).</summary>
        public string? Warning { get; }

        /// <summary>Top fails with nothing failed: SCRAM writes one product with no basic events.</summary>
        public bool IsUnity => Products.Count == 1 && Products[0].Count == 0;
    }
}
