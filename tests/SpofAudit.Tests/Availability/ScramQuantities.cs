using System.Collections.Generic;

namespace SpofAudit.Tests.Availability
{
    /// <summary>What <c>scram --bdd --probability true --importance true</c> said about the top gate (6 significant digits).</summary>
    internal sealed class ScramQuantities
    {
        public ScramQuantities(double probability, IReadOnlyDictionary<string, (double Mif, double Dif)> importance)
        {
            Probability = probability;
            Importance = importance;
        }

        /// <summary>P(top), exact by SCRAM's BDD.</summary>
        public double Probability { get; }

        /// <summary>By basic-event name: SCRAM's MIF (Birnbaum) and DIF (Fussell-Vesely in the diagnosis sense).</summary>
        public IReadOnlyDictionary<string, (double Mif, double Dif)> Importance { get; }
    }
}
