using SpofAudit.Sourcing;

namespace SpofAudit.Aws.Mapping
{
    /// <summary>What the mapping added: how many components, and the entrypoints it suggests with the reason.</summary>
    public sealed class MappedInventory
    {
        public MappedInventory(int componentCount, DiscoveredEntrypoints entrypoints)
        {
            ComponentCount = componentCount;
            Entrypoints = entrypoints;
        }

        public int ComponentCount { get; }

        public DiscoveredEntrypoints Entrypoints { get; }
    }
}
