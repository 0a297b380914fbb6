using System;
using System.Collections.Generic;

namespace SpofAudit.Azure.Mapping
{
    /// <summary>
    /// The public Azure regions with availability zones, as Microsoft's Azure Proactive Resiliency Library lists them in its
    /// zone checks (azure-resources/Cache/Redis/kql/5a44bd30-ae6a-4b81-9b68-dc3a8ffca4d8.kql, 2024) and
    /// https://learn.microsoft.com/azure/reliability/availability-zones-region-support lists them. Services that spread
    /// over zones on their own (Redis "zonalAllocationPolicy: Automatic") do so only here.
    /// </summary>
    internal static class ZoneRegions
    {
        private static readonly HashSet<string> Regions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "australiaeast", "brazilsouth", "canadacentral", "centralindia", "centralus", "eastasia", "eastus", "eastus2",
            "francecentral", "germanywestcentral", "israelcentral", "italynorth", "japaneast", "japanwest", "koreacentral",
            "mexicocentral", "newzealandnorth", "northeurope", "norwayeast", "polandcentral", "qatarcentral", "southafricanorth",
            "southcentralus", "southeastasia", "spaincentral", "swedencentral", "switzerlandnorth", "uaenorth", "uksouth",
            "westeurope", "westus2", "westus3", "usgovvirginia", "chinanorth3",
        };

        public static bool HasZones(string region) => Regions.Contains(region);
    }
}
