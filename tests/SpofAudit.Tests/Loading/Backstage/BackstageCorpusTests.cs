using System;
using System.IO;
using System.Linq;
using SpofAudit.Model;
using SpofAudit.Sourcing;
using SpofAudit.Testing;

namespace SpofAudit.Tests.Loading.Backstage
{
    /// <summary>
    /// Backstage's own example catalog files (tests/corpus/backstage, see SOURCES there) read as a model: the
    /// components, owners, members and dependencies the descriptor format gives them, and what SpofAudit cannot
    /// read said, never guessed.
    /// </summary>
    public sealed class BackstageCorpusTests
    {
        private static string Corpus(string path) => Path.Combine(RepositoryFolder.Root, "tests", "corpus", "backstage", path);

        private static (SpofModel Model, RecordingHost Host) Load(params string[] paths)
        {
            var host = new RecordingHost();
            return (CatalogModelLoader.Load(paths.Select(Corpus).ToArray(), Array.Empty<string>(), host), host);
        }

        [Fact]
        public void The_artist_portal_is_a_model_of_its_components_and_resource_owned_by_team_a_and_its_members()
        {
            var (model, _) = Load(
                "components/artist-lookup-component.yaml", "components/www-artist-component.yaml", "resources/artists-db-resource.yaml",
                "systems/artist-engagement-portal-system.yaml", "acme/team-a-group.yaml");

            Assert.Equal("artist-engagement-portal", model.Name); // the catalog's one System names the model
            Assert.Equal(new[] { "artist-lookup", "www-artist", "artists-db" }, model.Components.Select(c => c.Name));
            Assert.All(model.Components, c => Assert.Equal(new[] { "team-a" }, c.Owners));
            Assert.Equal("database", model.FindComponent("artists-db")!.Kind);
            Assert.Equal("experimental", model.FindComponent("artist-lookup")!.Tags["backstage.io/lifecycle"]);

            // team-a's members are the users whose memberOf names it, in both namespaces: two guests, kept apart.
            Assert.Equal(
                new[] { "breanna.davison", "janelle.dawe", "nigel.manning", "user:default/guest", "user:development/guest" },
                model.FindTeam("team-a")!.Members);

            // One instance each: the catalog says nothing of redundancy, so each is a candidate single point of failure.
            Assert.All(model.Components, c => Assert.Single(c.Instances));
            var evidence = Assert.Single(model.FindComponent("www-artist")!.Evidence);
            Assert.Equal("owner in Backstage catalog (group team-a, 5 members)", evidence.Description);
            Assert.Equal(Corpus("components/www-artist-component.yaml") + ":9:10", evidence.Source.ToString());
        }

        [Fact]
        public void Wayback_depends_on_its_subcomponents_and_search_on_the_provider_of_the_API_it_consumes()
        {
            var (model, _) = Load(
                "components/wayback-archive-component.yaml", "components/wayback-archive-ingestion-component.yaml",
                "components/wayback-archive-storage-component.yaml", "components/wayback-search-component.yaml",
                "acme/team-a-group.yaml", "acme/team-d-group.yaml");

            Assert.Equal(new[] { "wayback-archive-ingestion", "wayback-archive-storage" }, Targets(model, "wayback-archive"));
            Assert.Equal(new[] { "wayback-archive" }, Targets(model, "wayback-search"));
            Assert.Equal(new[] { "wayback-search" }, model.Entrypoints);
            Assert.Equal(new[] { "team-d" }, model.FindComponent("wayback-archive-ingestion")!.Owners);
            Assert.Equal(new[] { "eva.macdowell", "lucy.sheehan" }, model.FindTeam("team-d")!.Members);
            Assert.False(model.Provenance.IsIncomplete);
        }

        [Fact]
        public void The_documentation_s_component_depends_on_its_resource_and_what_the_files_do_not_hold_is_incomplete()
        {
            var (model, host) = Load("docs/artist-web-component.yaml", "resources/artists-db-resource.yaml");

            Assert.Equal(new[] { "artists-db" }, Targets(model, "artist-web"));
            Assert.Equal(new[] { "artist-web" }, model.Entrypoints); // a website faces users

            // artist-relations-team is named by no Group read; artist-web-lookup (dependencyOf) by no entity read.
            Assert.Contains(model.Provenance.Unread, p => p.Description.Contains("owner group:default/artist-relations-team is not in the catalog files read; it counts as one person", StringComparison.Ordinal));
            Assert.Contains(model.Provenance.Unread, p => p.Description.Contains("names component:default/artist-web-lookup in spec.dependencyOf, which the catalog files read do not hold", StringComparison.Ordinal));
            Assert.Equal(model.Provenance.Unread.Select(p => p.Description), host.Warnings.Where(w => !w.StartsWith("Entrypoints", StringComparison.Ordinal)));
        }

        [Fact]
        public void The_documentation_s_group_has_its_members_and_the_user_s_memberOf_joins_groups()
        {
            var (model, _) = Load("docs/artist-web-component.yaml", "docs/infrastructure-group.yaml", "docs/jdoe-user.yaml");

            // artist-web's owner is not infrastructure, so no team is made; the owner counts as one person.
            Assert.Equal(new[] { "artist-relations-team" }, model.FindComponent("artist-web")!.Owners);
            Assert.NotNull(model.FindPerson("artist-relations-team"));
        }

        [Fact]
        public void An_Environment_is_a_kind_SpofAudit_does_not_read_a_warning_and_an_incomplete_entry()
        {
            var (model, host) = Load("environments/dev.yaml", "components/www-artist-component.yaml", "acme/team-a-group.yaml");

            var part = Assert.Single(model.Provenance.Unread);
            Assert.Equal(Corpus("environments/dev.yaml") + ":2:7: Backstage kind 'Environment' of 'dev' is not one SpofAudit reads (Component, Resource, System, Group, User, API, Domain, Location, Template); whatever it says about components or people is not in the model", part.Description);
            Assert.Equal("unknown kind", part.Reason);
            Assert.Contains(part.Description, host.Warnings);
            Assert.True(model.Provenance.IsIncomplete);
            Assert.Equal(new[] { "www-artist" }, model.Components.Select(c => c.Name));
        }

        [Fact]
        public void The_acme_organisation_s_Location_is_followed_to_the_group_files_beside_it_and_the_missing_ones_are_said()
        {
            var (model, _) = Load("acme/org.yaml", "components/wayback-archive-ingestion-component.yaml");

            // team-d-group.yaml is read through org.yaml's Location, so team-d has its two members.
            Assert.Equal(new[] { "eva.macdowell", "lucy.sheehan" }, model.FindTeam("team-d")!.Members);
            var missing = model.Provenance.Unread.Where(p => p.Part == "location example-groups").Select(p => p.Description).ToArray();
            Assert.Equal(4, missing.Length); // backstage, team-b, team-c, team-e-big-name are not stored
            Assert.Contains(missing, d => d.StartsWith(Corpus("acme/org.yaml") + ":28:7: Location 'example-groups' names './backstage-group.yaml'", StringComparison.Ordinal));

            // The ingestion is a subcomponent of wayback-archive, which these files do not hold: that part is unread too.
            Assert.Contains(model.Provenance.Unread, p => p.Part == "subcomponentOf of wayback-archive-ingestion");
        }

        private static string[] Targets(SpofModel model, string component) =>
            model.FindComponent(component)!.DependsOn.SelectMany(d => d.Members).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }
}
