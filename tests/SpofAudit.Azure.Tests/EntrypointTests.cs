using System;
using System.Linq;

namespace SpofAudit.Azure.Tests
{
    /// <summary>
    /// The entrypoints of a discovered subscription when no overlay names them (issue 13, item 4): what faces users,
    /// said on the verbose stream; what nothing user-facing reaches still audited, said in a warning; geo-secondaries
    /// never entrypoints on their own.
    /// </summary>
    public sealed class EntrypointTests
    {
        [Fact]
        public void A_geo_secondary_is_never_an_entrypoint_on_its_own()
        {
            var host = new RecordingHost();
            var report = Corpus.Report(host, "rest-api-specs/sql/GetVCoreDatabase.variant-geo-secondary.json", "rest-api-specs/storage/StorageAccountGetProperties.json");

            // testdb is a geo-secondary (secondaryType Geo): it serves users only after a failover of a primary this
            // export does not hold, so measuring from it would call the replica itself a single point of failure.
            Assert.Equal(new[] { "sto8596" }, report.Entrypoints);
            Assert.DoesNotContain(report.Findings, f => f.Affects.Contains("testdb") || f.Target == "testdb");
            Assert.Contains(host.Warnings, w => w.Contains("except testdb (a geo-secondary or named replica)", StringComparison.Ordinal));
        }

        [Fact]
        public void The_same_database_as_a_primary_is_an_entrypoint()
        {
            var model = Corpus.Model(new RecordingHost(), "rest-api-specs/sql/GetVCoreDatabase.json", "rest-api-specs/storage/StorageAccountGetProperties.json");

            Assert.Equal(new[] { "sto8596", "testdb" }, model.Entrypoints.OrderBy(e => e, StringComparer.Ordinal));
        }

        [Fact]
        public void A_public_application_gateway_is_where_users_arrive()
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, "project-examples/zone-redundant-webapp.variant-agw-mincapacity-1.json");

            // The gateway has a public IP: users arrive there, and it reaches everything else in the subscription.
            Assert.Equal(new[] { "shop-agw" }, model.Entrypoints);
            Assert.Contains(host.Verbose, v => v.StartsWith("Entrypoints: what faces users, shop-agw (public application gateway)", StringComparison.Ordinal));
        }

        [Fact]
        public void What_no_user_facing_entrypoint_reaches_is_still_audited_and_said_to_be_a_guess()
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, "project-examples/zone-redundant-webapp.variant-agw-mincapacity-1.json", "rest-api-specs/storage/StorageAccountGetProperties.json");

            // Nothing read says how users reach the second storage account: leaving it out would hide its risks, so it
            // is audited on its own, and the warning asks for an overlay if users reach it through something else.
            Assert.Equal(new[] { "shop-agw", "sto8596" }, model.Entrypoints);
            var warning = Assert.Single(host.Warnings, w => w.StartsWith("Entrypoints: ", StringComparison.Ordinal));
            Assert.Equal(
                "Entrypoints: what faces users, shop-agw (public application gateway); and, audited on their own because nothing read depends on them, sto8596. "
                + "If users reach them through something else, name it in an overlay (dependsOn:, entrypoints:).",
                warning);
        }

        [Fact]
        public void A_front_door_alone_faces_users_and_is_said_on_the_verbose_stream()
        {
            var host = new RecordingHost();
            var model = Corpus.Model(host, "rest-api-specs/frontdoor/FrontdoorGet.json");

            Assert.Equal(new[] { "frontDoor1" }, model.Entrypoints);
            Assert.Contains(host.Verbose, v => v.StartsWith("Entrypoints: what faces users, frontDoor1 (Front Door)", StringComparison.Ordinal));
            Assert.DoesNotContain(host.Warnings, w => w.Contains("ntrypoints", StringComparison.Ordinal));
        }
    }
}
