namespace SpofAudit.Azure.Tests
{
    /// <summary>Where a Cosmos DB account's data lives: the regions of "locations", not the resource's "location".</summary>
    public sealed class CosmosRegionTests
    {
        [Fact]
        public void A_single_region_account_fails_with_its_data_region()
        {
            var report = Corpus.Report("rest-api-specs/cosmos-db/CosmosDBDatabaseAccountGet.json");

            // Resource "location" West US, data in locations[0] East US (not zone redundant): East US is the risk.
            Assert.Equal(new[] { "SingleRegionRisk/eastus", "SingleZoneRisk/eastus-nozone" }, Corpus.Ids(report));
        }
    }
}
