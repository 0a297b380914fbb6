using System.Linq;

namespace SpofAudit.Azure.Tests
{
    /// <summary>Redis zone placement from zonalAllocationPolicy (Redis API 2024-11-01), on Microsoft's own examples.</summary>
    public sealed class RedisZoneTests
    {
        [Fact]
        public void An_automatic_cache_without_zones_in_a_zone_region_is_zone_redundant()
        {
            var report = Corpus.Report("rest-api-specs/redis/RedisCacheCreateAutomaticZonalAllocationPolicy.json");

            // East US has zones; Automatic spreads the primary and its two replicas over them: only the region remains.
            Assert.Equal(new[] { "SingleRegionRisk/eastus" }, Corpus.Ids(report));
            var cache = Corpus.Model(new RecordingHost(), "rest-api-specs/redis/RedisCacheCreateAutomaticZonalAllocationPolicy.json").FindComponent("cache1")!;
            Assert.Equal(new[] { "eastus-1", "eastus-2", "eastus-3" }, cache.Instances.Select(i => i.Zone));
        }

        [Fact]
        public void The_same_cache_read_by_a_GET_is_zone_redundant_too()
        {
            var report = Corpus.Report("rest-api-specs/redis/RedisCacheGet.json");

            Assert.Equal(new[] { "SingleRegionRisk/eastus" }, Corpus.Ids(report));
        }

        [Fact]
        public void An_automatic_cache_in_a_region_without_zones_shares_one_datacenter()
        {
            var report = Corpus.Report("rest-api-specs/redis/RedisCacheCreateAutomaticZonalAllocationPolicy.variant-location-westus.json");

            // West US has no availability zones, so Automatic allocates none.
            Assert.Equal(new[] { "SingleRegionRisk/westus", "SingleZoneRisk/westus-nozone" }, Corpus.Ids(report));
        }
    }
}
