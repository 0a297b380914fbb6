using System;
using System.Linq;
using SpofAudit.Diagnostics;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>docs/design.md §7 errors about the shape of a document: each at the culprit's line and column.</summary>
    public class DocumentErrorTests
    {
        [Fact]
        public void Unknown_key_in_a_component_names_it_lists_the_keys_and_suggests()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app:",
                "    dependOn: [db]",
                "  db: {}"));

            var first = First(error, "UnknownKey", 4, 5, new[] { "unknown key 'dependOn' in component 'app'", "expected one of kind, role, instances, zones, dependsOn" }, "did you mean 'dependsOn'?");
            Assert.Equal(DiagnosticCategory.InvalidData, first.Category);
            Assert.Equal(
                "arch.yaml:4:5: unknown key 'dependOn' in component 'app'; expected one of kind, role, instances, zones, dependsOn, minHealthy, standby, replication, owners, scope, region, domains, criticality, availability, tags, capacity, quorum, rto, rpo, backup, code, oncall, backstage (did you mean 'dependsOn'?)",
                first.ToString());
        }

        [Fact]
        public void Unknown_keys_are_errors_everywhere()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "component: {}",
                "components:",
                "  db:",
                "    standby: {mode: hot, failovr: manual}",
                "    instances: [{name: db-1, zome: a}]",
                "    dependsOn: [{name: x, sfot: true}]",
                "  x: {}"));

            First(error, "UnknownKey", 2, 1, new[] { "unknown key 'component' in the top level" }, "did you mean 'components'?");
            Assert.Equal(
                new[] { "2:1 components", "5:26 failover", "6:30 zone", "7:27 soft" },
                System.Array.ConvertAll(error.Diagnostics is SpofDiagnostic[] a ? a : new System.Collections.Generic.List<SpofDiagnostic>(error.Diagnostics).ToArray(), d => $"{d.Location.Line}:{d.Location.Column} {d.Suggestion?.Split('\'')[1]}"));
        }

        [Fact]
        public void A_block_scalar_where_a_mapping_belongs_is_quoted_on_one_line()
        {
            // Found by the fuzz suite: a literal block's line breaks, quoted raw, split the diagnostic over several lines.
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components: |",
                "  lb:",
                "    kind: loadbalancer"));

            var line = Assert.Single(error.Diagnostics).ToString();
            Assert.DoesNotContain('\n', line);
            Assert.Contains("found 'lb:\\n  kind: loadbalancer\\n'", line);
        }

        [Fact]
        public void Merge_keys_are_explained()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  base: &base {kind: web}",
                "  app:",
                "    <<: *base"));

            First(error, "UnknownKey", 5, 5, new[] { "unknown key '<<' in component 'app'" }, "YAML merge keys are not supported; repeat the keys, or alias the whole value");
        }

        [Theory]
        [InlineData("components:|  <<: {web: {}}|  db: {}", "'components'")]
        [InlineData("regions:|  <<: {r2: [z2]}|components: {db: {}}", "'regions'")]
        [InlineData("teams:|  <<: {ops: [alice]}|people: {alice: {}}|components: {db: {}}", "'teams'")]
        [InlineData("people:|  <<: {bob: {}}|components: {db: {}}", "'people'")]
        public void A_merge_key_where_names_are_expected_is_one_clear_error_not_a_name(string lines, string where)
        {
            var error = Fails(Yaml(new[] { "apiVersion: spofaudit/v1" }.Concat(lines.Split('|')).ToArray()));

            var first = First(error, "UnknownKey", 3, 3, new[] { $"merge key '<<' in {where}" }, "YAML merge keys are not supported; repeat the keys, or alias the whole value");
            Assert.Single(error.Diagnostics);
            Assert.Same(first, error.Diagnostics[0]);
        }

        [Fact]
        public void A_merge_key_in_tags_is_refused_and_a_quoted_one_is_a_name()
        {
            var tags = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web:",
                "    tags: {<<: {team: x}}"));
            First(tags, "UnknownKey", 4, 12, new[] { "merge key '<<' in ", "tags", "component 'web'" }, "YAML merge keys are not supported; repeat the keys, or alias the whole value");

            var quoted = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  \"<<\": {}"));
            Assert.Equal("<<", Assert.Single(quoted.Components).Name);
        }

        [Fact]
        public void Tab_indentation_is_reported_at_the_tab()
        {
            var first = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "name: m",
                "components:",
                "  web:",
                "\tkind: x")).First;
            Assert.Equal(("YamlSyntax", 5, 1), (first.Code, first.Location.Line, first.Location.Column));
            Assert.Contains("tab", first.Message, StringComparison.Ordinal);

            var after = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "name: m",
                "components:",
                "  web: {}",
                "  \tdb: {}")).First;
            Assert.Equal(("YamlSyntax", 5, 3), (after.Code, after.Location.Line, after.Location.Column));
        }

        [Fact]
        public void Duplicate_keys_are_errors_in_any_mapping()
        {
            var components = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db: {}",
                "  app: {}",
                "  db: {kind: database}"));
            var first = First(components, "DuplicateKey", 5, 3, new[] { "duplicate key 'db'", "line 3, column 3" });
            Assert.Equal(DiagnosticCategory.ResourceExists, first.Category);

            var inComponent = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    instances: 2",
                "    kind: database",
                "    instances: 3"));
            First(inComponent, "DuplicateKey", 6, 5, new[] { "duplicate key 'instances'", "line 4, column 5" });

            var topLevel = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components: {a: {}}",
                "components: {b: {}}"));
            First(topLevel, "DuplicateKey", 3, 1, new[] { "duplicate key 'components'" });
        }

        [Fact]
        public void Wrong_types_name_the_value_and_what_was_expected()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app:",
                "    instances: two",
                "    minHealthy: \"2\"",
                "    zones: a",
                "    availability: high",
                "    dependsOn: [{name: db, soft: maybe}]",
                "  db: []"));

            First(error, "WrongType", 4, 16, new[] { "'instances' of component 'app' must be an instance count (an integer) or a list of instances, found 'two'" });
            Assert.Collection(
                error.Diagnostics,
                d => Assert.Equal("4:16", $"{d.Location.Line}:{d.Location.Column}"),
                d => Assert.Contains("arch.yaml:5:17: 'minHealthy' of component 'app' must be an integer, found '2'", d.ToString()),
                d => Assert.Contains("arch.yaml:6:12: 'zones' of component 'app' must be a list of names, found 'a'", d.ToString()),
                d => Assert.Contains("arch.yaml:7:19: 'availability' of component 'app' must be a number, found 'high'", d.ToString()),
                d => Assert.Contains("arch.yaml:8:34: 'soft' of a dependency of component 'app' must be true or false, found 'maybe'", d.ToString()),
                d => Assert.Contains("arch.yaml:9:7: component 'db' must be a mapping of its properties, found a list", d.ToString()));
            Assert.All(error.Diagnostics, d => Assert.Equal("WrongType", d.Code));
        }

        [Fact]
        public void Words_outside_their_set_are_invalid_values_with_a_suggestion()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    replication: asynk",
                "    standby: {mode: Hot}",
                "    scope: regionl"));

            First(error, "InvalidValue", 4, 18, new[] { "'replication' of component 'db' must be one of sync, async, none, found 'asynk'" }, "did you mean 'async'?");
            Assert.Equal("did you mean 'hot'?", error.Diagnostics[1].Suggestion);
            Assert.Equal("did you mean 'regional'?", error.Diagnostics[2].Suggestion);
        }

        [Fact]
        public void Missing_required_keys_are_named()
        {
            var standby = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    standby: {failover: manual}"));
            First(standby, "MissingKey", 4, 14, new[] { "'standby' of component 'db' is missing required key 'mode'" });

            var instance = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    instances:",
                "      - {zone: a}"));
            First(instance, "MissingKey", 5, 9, new[] { "instance 1 of component 'db' is missing required key 'name'" });

            var atLeast = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    dependsOn: [{atLeast: 2}]"));
            First(atLeast, "MissingKey", 4, 17, new[] { "a dependency of component 'db' is missing required key 'of'" });

            var apiVersion = Fails(Yaml("components: {a: {}}"));
            First(apiVersion, "MissingKey", 1, 1, new[] { "missing required key 'apiVersion'", "apiVersion: spofaudit/v1" });
        }

        [Fact]
        public void Unsupported_api_version_stops_reading_the_file()
        {
            var error = Fails(Yaml(
                "name: x",
                "apiVersion: spofaudit/v2",
                "components: {a: {bogus: 1}}"));

            var first = First(error, "UnsupportedApiVersion", 2, 13, new[] { "unsupported apiVersion 'spofaudit/v2'", "'spofaudit/v1'" }, "did you mean 'spofaudit/v1'?");
            Assert.Single(error.Diagnostics);
            Assert.Equal(DiagnosticCategory.InvalidData, first.Category);
        }

        [Theory]
        [InlineData("", 1, 1)]
        [InlineData("# nothing but a comment\n", 1, 1)]
        [InlineData("---\n", 1, 1)]
        [InlineData("\n\n~\n", 3, 1)]
        public void Empty_documents_are_errors(string yaml, int line, int column)
        {
            var error = Fails(yaml);
            First(error, "EmptyDocument", line, column, new[] { "empty", "apiVersion: spofaudit/v1" });
        }

        [Fact]
        public void A_second_document_is_an_error()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components: {a: {}}",
                "---",
                "apiVersion: spofaudit/v1"));

            First(error, "MultipleDocuments", 3, 1, new[] { "exactly one YAML document" });
        }

        [Fact]
        public void The_root_must_be_a_mapping()
        {
            var error = Fails(Yaml("- apiVersion: spofaudit/v1"));
            First(error, "WrongType", 1, 1, new[] { "a spofaudit document must be a mapping with apiVersion, name", "found a list" });
        }

        [Fact]
        public void Syntax_errors_carry_the_parser_position()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app: {kind: web",
                "  db: {}"));

            var first = error.First;
            Assert.Equal("YamlSyntax", first.Code);
            Assert.Equal(DiagnosticCategory.InvalidData, first.Category);
            Assert.Equal("arch.yaml", first.Location.File);
            Assert.InRange(first.Location.Line, 3, 5);
            Assert.StartsWith($"arch.yaml:{first.Location.Line}:{first.Location.Column}: invalid YAML: ", first.ToString());
            Assert.DoesNotContain("Idx:", first.Message);

            var nested = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app: kind: web"));
            var culprit = First(nested, "YamlSyntax", 3, 12, new[] { "invalid YAML: " });
            Assert.DoesNotContain("Idx:", culprit.Message);
        }

        [Fact]
        public void Tags_and_unknown_aliases_are_errors()
        {
            var tag = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app: {kind: !!str web}"));
            First(tag, "UnsupportedTag", 3, 15, new[] { "tag", "not supported" });

            var alias = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  app: *nothing"));
            var first = First(alias, "UnknownAlias", 3, 8, new[] { "'*nothing'" });
            Assert.Equal(DiagnosticCategory.ObjectNotFound, first.Category);
        }

        [Fact]
        public void Several_mistakes_are_reported_together_in_document_order()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  b:",
                "    kidn: x",
                "  a:",
                "    minHealthy: many",
                "owners: []"));

            Assert.Equal(new[] { 4, 6, 7 }, System.Linq.Enumerable.Select(error.Diagnostics, d => d.Location.Line));
            Assert.EndsWith("(and 2 more errors)", error.Message);
        }
    }
}
