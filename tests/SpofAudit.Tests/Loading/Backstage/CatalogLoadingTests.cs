using System;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Sourcing;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Loading.Backstage
{
    /// <summary>
    /// Catalogs as the model, as evidence beside a spofaudit/v1 model, and their bad input: one located error for a
    /// reference that is none, a warning and an incomplete entry for what SpofAudit cannot interpret.
    /// </summary>
    public sealed class CatalogLoadingTests : IDisposable
    {
        private const string Ledger = "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ledger\nspec:\n  type: service\n  lifecycle: production\n  owner: ledger-team\n";
        private const string LedgerTeam = "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ledger-team\nspec:\n  type: team\n  children: []\n  members: [carol]\n";

        private readonly TempFiles _files = new TempFiles();
        private readonly RecordingHost _host = new RecordingHost();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void Owners_of_a_catalog_given_apart_join_the_model_s_component_of_the_same_name_and_a_group_of_one_is_a_personnel_dependency()
        {
            var model = Load(
                new[] { _files.Write("arch.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  web: {instances: 2, dependsOn: [ledger]}\n  ledger: {instances: 2}\n") },
                _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam + "---\n" + Ledger.Replace("ledger", "unrelated")));

            // Only owners join: the catalog's other component is not added, the file's instances stay.
            Assert.Equal(new[] { "web", "ledger" }, model.Components.Select(c => c.Name));
            Assert.Equal(2, model.FindComponent("ledger")!.Instances.Count);
            Assert.Equal(new[] { "ledger-team" }, model.FindComponent("ledger")!.Owners);
            Assert.Equal(new[] { "carol" }, model.FindTeam("ledger-team")!.Members);

            var carol = Assert.Single(new SpofAnalyzer().Analyze(model).Findings, f => f.Kind == FindingKind.PersonnelDependency);
            Assert.Equal("carol", carol.Target);
            Assert.Contains($"Evidence: owner in Backstage catalog (group ledger-team, 1 member) at {_files.Path("catalog-info.yaml")}:8:10. Also: add a second member to group ledger-team in the catalog.", carol.Recommendation, StringComparison.Ordinal);
        }

        [Fact]
        public void A_component_that_names_its_entity_with_backstage_joins_it_whatever_its_own_name()
        {
            var model = Load(
                new[] { _files.Write("arch.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  books: {instances: 2, backstage: ledger}\n  ledger: {instances: 2, backstage: 'component:default/other'}\n") },
                _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam));

            // books is the catalog's ledger; the model's own ledger names another entity, which no catalog holds.
            Assert.Equal(new[] { "ledger-team" }, model.FindComponent("books")!.Owners);
            Assert.Empty(model.FindComponent("ledger")!.Owners);
            var part = Assert.Single(model.Provenance.Unread);
            Assert.Equal($"{_files.Path("arch.yaml")}:4:37: component ledger is component:default/other in Backstage (backstage:), which the catalogs read do not hold; its catalog owner is not known", part.Description);
        }

        [Fact]
        public void A_catalog_dependency_on_an_entity_a_file_names_with_backstage_is_on_the_file_s_component()
        {
            var catalog = _files.Write("catalog-info.yaml", Ledger + "  dependsOn: [resource:ledger-db]\n---\n" + LedgerTeam
                + "---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: ledger-db\nspec:\n  type: database\n  owner: ledger-team\n");
            var model = Load(new[] { catalog, _files.Write("arch.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  books-db: {kind: database, instances: 2, backstage: 'resource:ledger-db'}\n") });

            Assert.Equal(new[] { "books-db", "ledger" }, model.Components.Select(c => c.Name));
            Assert.Equal(new[] { "books-db" }, model.FindComponent("ledger")!.DependsOn.SelectMany(d => d.Members));
            Assert.Equal(new[] { "ledger-team" }, model.FindComponent("books-db")!.Owners);
        }

        [Fact]
        public void A_backstage_key_that_is_no_reference_is_located()
        {
            var file = _files.Write("arch.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  books: {backstage: 'component:'}\n");

            var diagnostic = Assert.Throws<SpofInputException>(() => Load(new[] { file }, _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam))).First;

            Assert.Equal($"{file}:3:22: 'component:' is not an entity reference; expected [kind:][namespace/]name (in 'backstage' of component 'books')", $"{diagnostic.Location}: {diagnostic.Message}");
        }

        [Fact]
        public void A_team_the_model_declares_is_the_model_s_and_the_catalog_adds_only_the_evidence()
        {
            var model = Load(
                new[] { _files.Write("arch.yaml", "apiVersion: spofaudit/v1\npeople: {alice: {}, bob: {}}\nteams: {ledger-team: [alice, bob]}\ncomponents:\n  ledger: {instances: 2}\n") },
                _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam));

            Assert.Equal(new[] { "alice", "bob" }, model.FindTeam("ledger-team")!.Members);
            Assert.Null(model.FindPerson("carol"));
            Assert.Single(model.FindComponent("ledger")!.Evidence);
        }

        [Fact]
        public void A_catalog_among_the_files_is_the_model_where_no_spofaudit_file_names_its_components()
        {
            var catalog = _files.Write("catalog-info.yaml",
                Ledger + "  dependsOn: [resource:ledger-db]\n---\n" + LedgerTeam
                + "---\napiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: ledger-db\nspec:\n  type: database\n  owner: user:carol\n");
            var model = Load(new[] { catalog, _files.Write("arch.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  ledger-db: {kind: database, instances: 2}\n") });

            // ledger-db is the file's (two instances, its own dependencies); ledger comes from the catalog with one instance.
            Assert.Equal(2, model.FindComponent("ledger-db")!.Instances.Count);
            Assert.Single(model.FindComponent("ledger")!.Instances);
            Assert.Equal(new[] { "ledger-db" }, model.FindComponent("ledger")!.DependsOn.SelectMany(d => d.Members));
            Assert.Equal(new[] { "carol" }, model.FindComponent("ledger-db")!.Owners); // a User owner is a person
            Assert.Equal("owner in Backstage catalog (user carol)", model.FindComponent("ledger-db")!.Evidence.Single().Description);
        }

        [Fact]
        public void The_same_catalog_as_the_model_and_given_apart_is_the_same_evidence_once()
        {
            var catalog = _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam);

            var model = Load(new[] { catalog }, catalog);

            Assert.Single(model.FindComponent("ledger")!.Evidence);
        }

        [Fact]
        public void A_catalog_without_a_website_warns_in_the_catalog_s_words_not_a_cloud_s()
        {
            Load(new[] { _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam) });

            var warning = Assert.Single(_host.Warnings, w => w.StartsWith("Nothing read faces users", StringComparison.Ordinal));
            Assert.Contains("(no Component of type website)", warning);
            Assert.DoesNotContain("load balancer", warning);
        }

        [Fact]
        public void A_group_without_members_counts_as_one_person_and_says_so()
        {
            var model = Load(new[] { _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam.Replace("  members: [carol]\n", string.Empty)) });

            Assert.NotNull(model.FindPerson("ledger-team"));
            var part = Assert.Single(model.Provenance.Unread);
            Assert.Equal($"{_files.Path("catalog-info.yaml")}:8:10: owner group:default/ledger-team has no members in the catalog; it counts as one person, so who can operate what it owns is not known", part.Description);
            Assert.Contains(part.Description, _host.Warnings);
        }

        [Fact]
        public void An_unknown_kind_is_a_warning_and_an_incomplete_entry_and_the_rest_is_read()
        {
            var model = Load(new[] { _files.Write("catalog-info.yaml", Ledger + "---\n" + LedgerTeam + "---\napiVersion: backstage.io/v1alpha1\nkind: Pipeline\nmetadata:\n  name: nightly\n") });

            var part = Assert.Single(model.Provenance.Unread);
            Assert.StartsWith($"{_files.Path("catalog-info.yaml")}:20:7: Backstage kind 'Pipeline' of 'nightly' is not one SpofAudit reads", part.Description, StringComparison.Ordinal);
            Assert.Contains(part.Description, _host.Warnings);
            Assert.Equal(new[] { "ledger" }, model.Components.Select(c => c.Name));
        }

        [Fact]
        public void A_dependsOn_without_a_kind_is_one_error_at_its_line_and_column()
        {
            var catalog = _files.Write("catalog-info.yaml", Ledger + "  dependsOn:\n    - ledger-db\n");

            var error = Assert.Throws<SpofInputException>(() => Load(new[] { catalog }));

            var diagnostic = Assert.Single(error.Diagnostics);
            Assert.Equal($"{catalog}:10:7", diagnostic.Location.ToString());
            Assert.Equal("entity reference 'ledger-db' needs a kind here (e.g. 'component:ledger-db' or 'resource:ledger-db'): this field has no default kind (in 'spec.dependsOn' of component:default/ledger)", diagnostic.Message);
            Assert.Empty(_host.Warnings); // bad input is one line, with no warnings before it
        }

        [Theory]
        [InlineData("  owner: ':team'\n", 8, 10, "entity reference ':team' has an empty kind before ':'")]
        [InlineData("  owner: 'group:'\n", 8, 10, "'group:' is not an entity reference; expected [kind:][namespace/]name")]
        [InlineData("  owner: a b\n", 8, 10, "'a b' is not an entity reference; expected [kind:][namespace/]name")]
        [InlineData("  owner: component:web\n", 8, 10, "the owner of component:default/ledger is component:default/web, a Component; an owner is a Group or a User")]
        public void A_bad_owner_reference_is_located(string owner, int line, int column, string message)
        {
            var catalog = _files.Write("catalog-info.yaml", Ledger.Replace("  owner: ledger-team\n", owner));

            var diagnostic = Assert.Throws<SpofInputException>(() => Load(new[] { catalog })).First;

            Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
            Assert.StartsWith(message, diagnostic.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_entity_without_a_name_is_located()
        {
            var catalog = _files.Write("catalog-info.yaml", Ledger + "---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  title: nameless\n");

            var diagnostic = Assert.Throws<SpofInputException>(() => Load(new[] { catalog })).First;

            Assert.Equal($"{catalog}:13:3: missing required key 'name' in 'metadata'", $"{diagnostic.Location}: {diagnostic.Message}");
        }

        [Fact]
        public void Empty_documents_between_markers_are_skipped()
        {
            var model = Load(new[] { _files.Write("catalog-info.yaml", "---\n" + Ledger + "---\n---\n" + LedgerTeam + "---\n") });

            Assert.Equal(new[] { "carol" }, model.FindTeam("ledger-team")!.Members);
        }

        [Fact]
        public void A_spofaudit_file_still_refuses_a_second_document()
        {
            var file = _files.Write("arch.yaml", "apiVersion: spofaudit/v1\ncomponents: {a: {}}\n---\napiVersion: spofaudit/v1\n");

            var diagnostic = Assert.Throws<SpofInputException>(() => Load(new[] { file })).First;

            Assert.Equal(DiagnosticCodes.MultipleDocuments, diagnostic.Code);
        }

        private SpofModel Load(string[] paths, params string[] catalogs) => CatalogModelLoader.Load(paths, catalogs, _host);
    }
}
