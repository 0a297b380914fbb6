using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Model;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>A component's role: from <c>role:</c> when written, else from its kind's words; advice follows it.</summary>
    public class RoleTests
    {
        private const string Ledger = "apiVersion: spofaudit/v1\ncomponents:\n  app:\n    instances: 2\n    dependsOn: [ledger]\n  ledger:\n    kind: ledger-store\n    role: ROLE\n";

        [Theory]
        [InlineData("database")] // the fast reader's subset
        [InlineData("\"d\\x61tabase\"")] // an escape the fast reader leaves to YamlDotNet
        public void An_explicit_role_wins_over_the_kind_in_either_yaml_reader(string role)
        {
            var model = new YamlModelLoader().LoadText(Ledger.Replace("ROLE", role), "arch.yaml");

            var ledger = model.FindComponent("ledger")!;
            Assert.Equal(ComponentRole.Database, ledger.Role);
            Assert.StartsWith("Add a replica of ledger in another zone", Advice(model, "ledger"));
        }

        [Fact]
        public void Without_a_role_the_kind_words_decide_as_before()
        {
            var model = new YamlModelLoader().LoadText(Ledger.Replace("    role: ROLE\n", string.Empty), "arch.yaml");

            Assert.Null(model.FindComponent("ledger")!.DeclaredRole);
            Assert.Equal(ComponentRole.Service, model.FindComponent("ledger")!.Role);
            Assert.StartsWith("Run at least two instances of ledger", Advice(model, "ledger"));
            Assert.Equal(ComponentRole.NatGateway, ComponentRoles.Classify("natgateway"));
            Assert.Equal(ComponentRole.Network, ComponentRoles.Classify("router"));
            Assert.Equal(ComponentRole.ConsensusStore, ComponentRoles.Classify("etcd"));
            Assert.Equal(ComponentRole.Database, ComponentRoles.Classify("etcd-db"));
        }

        [Fact]
        public void An_unknown_role_is_an_error_at_its_value_with_the_roles_and_a_suggestion()
        {
            var error = Fails(Ledger.Replace("ROLE", "databse"));

            First(error, "InvalidValue", 8, 11, new[] { "'role' of component 'ledger' must be one of service, database, load-balancer, dns, cache, queue, storage, network, nat-gateway, consensus-store" }, "did you mean 'database'?");
        }

        [Fact]
        public void A_declared_consensus_store_is_a_quorum_group()
        {
            var model = new YamlModelLoader().LoadText(
                "apiVersion: spofaudit/v1\ncomponents:\n  app:\n    dependsOn: [locks]\n  locks:\n    role: consensus-store\n    instances: 2\n    minHealthy: 2\n", "arch.yaml");

            Assert.Contains(new SpofAnalyzer().Analyze(model).Findings, f => f.Id == "QuorumRisk/locks");
        }

        [Fact]
        public void The_writer_keeps_a_role_the_kind_does_not_give_and_only_that()
        {
            var model = new YamlModelLoader().LoadText(
                "apiVersion: spofaudit/v1\ncomponents:\n  a:\n    kind: cosmosdb\n    role: database\n  b:\n    kind: postgres\n    role: database\n", "arch.yaml");

            var yaml = YamlModelWriter.Write(model);
            var back = new YamlModelLoader().LoadText(yaml, "back.yaml");

            Assert.Single(yaml.Split('\n'), line => line.Trim() == "role: database");
            Assert.Equal(ComponentRole.Database, back.FindComponent("a")!.Role);
            Assert.Equal(ComponentRole.Database, back.FindComponent("b")!.Role);
        }

        private static string Advice(SpofModel model, string target) =>
            new SpofAnalyzer().Analyze(model).Findings.Single(f => f.Id == "SinglePointOfFailure/" + target).Recommendation;
    }
}
