using System;
using SpofAudit.Testing;

namespace SpofAudit.Cli.Tests
{
    /// <summary>A Backstage catalog through the CLI: the model on its own, owners beside a model with --catalog, bad input in one line.</summary>
    public sealed class BackstageCatalogTests : IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        public void Dispose() => _files.Dispose();

        [Fact]
        public void The_example_catalog_is_a_model_whose_group_of_one_is_a_personnel_dependency()
        {
            var result = Cli.Run("report", Examples.Path("personnel/catalog-info.yaml"), "--format", "json");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("\"id\": \"PersonnelDependency/carol\"", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("\"id\": \"SinglePointOfFailure/payments-db\"", result.Stdout, StringComparison.Ordinal);
            Assert.Equal(string.Empty, result.Stderr); // the website reaches everything: no entrypoint is a guess
        }

        [Fact]
        public void A_catalog_given_apart_joins_its_owner_to_the_model_s_component()
        {
            var model = _files.Write("arch.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  web: {instances: 2, dependsOn: [ledger]}\n  ledger: {instances: 2}\n");

            var without = Cli.Run("report", model);
            var with = Cli.Run("report", model, "--catalog", Examples.Path("personnel/catalog-info.yaml"));

            Assert.DoesNotContain("PersonnelDependency", without.Stdout, StringComparison.Ordinal);
            Assert.Contains("PersonnelDependency/carol", with.Stdout, StringComparison.Ordinal);
            Assert.Contains("owner in Backstage catalog (group ledger-team, 1 member)", with.Stdout.Replace("\n     ", " "), StringComparison.Ordinal);
        }

        [Fact]
        public void An_unknown_kind_is_a_warning_an_incomplete_report_and_a_gate_that_does_not_pass()
        {
            var catalog = _files.Write("catalog-info.yaml",
                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: app}\nspec: {type: website, owner: user:ann}\n---\napiVersion: backstage.io/v1alpha1\nkind: Pipeline\nmetadata: {name: nightly}\n");

            var report = Cli.Run("report", catalog);

            Assert.Equal(0, report.ExitCode);
            Assert.Contains($"warning: {catalog}:7:7: Backstage kind 'Pipeline' of 'nightly' is not one SpofAudit reads", report.Stderr, StringComparison.Ordinal);
            Assert.Contains("Incomplete inventory:", report.Stdout, StringComparison.Ordinal);
            Assert.NotEqual(0, Cli.Run("report", catalog, "--fail-on", "low").ExitCode);
        }

        [Fact]
        public void A_bad_entity_reference_is_one_line_naming_file_line_and_column()
        {
            var catalog = _files.Write("catalog-info.yaml",
                "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: app\nspec:\n  type: service\n  owner: team-a\n  dependsOn: [artists-db]\n");

            var line = Cli.Run("report", catalog).AssertOneLineError();

            Assert.Equal($"spofaudit: {catalog}:8:15: entity reference 'artists-db' needs a kind here (e.g. 'component:artists-db' or 'resource:artists-db'): this field has no default kind (in 'spec.dependsOn' of component:default/app)", line);
        }

        [Fact]
        public void A_catalog_cannot_join_a_live_cloud_read()
        {
            var line = Cli.Run("report", "--azure", "--catalog", Examples.Path("personnel/catalog-info.yaml")).AssertOneLineError();

            Assert.Contains("--catalog joins owners to architecture files", line, StringComparison.Ordinal);
        }
    }
}
