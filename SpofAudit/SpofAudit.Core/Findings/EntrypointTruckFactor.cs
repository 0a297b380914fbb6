namespace SpofAudit.Findings
{
    /// <summary>
    /// How many people must be away at once before an entrypoint needs a component nobody left can operate: the size of
    /// the smallest set of people who are, together, all the owners (teams expanded) of some component it hard-depends on.
    /// </summary>
    public sealed class EntrypointTruckFactor
    {
        public EntrypointTruckFactor(string entrypoint, int? truckFactor)
        {
            Entrypoint = entrypoint;
            TruckFactor = truckFactor;
        }

        public string Entrypoint { get; }

        /// <summary>The truck factor; null when no component the entrypoint hard-depends on names an owner, so the model cannot tell.</summary>
        public int? TruckFactor { get; }

        public override string ToString() => $"{Entrypoint}: {(TruckFactor is int factor ? factor.ToString(System.Globalization.CultureInfo.InvariantCulture) : "unknown")}";
    }
}
