using System;
using System.IO;
using System.Linq;
using SpofAudit.Azure;
using SpofAudit.Loading;
using SpofAudit.Model;
using SpofAudit.Sources;

namespace SpofAudit.Aws.Tests
{
    /// <summary>
    /// The one dispatch both faces use for -Path / FILE: a YAML file goes to the strict loader, AWS CLI exports to the
    /// AWS mapping, az graph query and az resource list exports to the Azure mapping, with YAML beside them as overlays.
    /// </summary>
    public sealed class FileModelSourceTests
    {
        private static string Examples => Path.GetFullPath(Path.Combine(RecordedAccount.Directory, "..", ".."));

        private static string Example(string relative) => Path.Combine(Examples, relative);

        [Fact]
        public void AWS_CLI_exports_with_their_overlay_are_read_by_the_AWS_mapping()
        {
            var files = RecordedAccount.ExportFiles().Append(RecordedAccount.File("overlay.yaml")).ToArray();

            var model = FileModelSource.Load(files, new RecordingHost());

            Assert.Equal(Describe(AwsModelSource.FromFiles(files, new RecordingHost())), Describe(model));
            Assert.Equal("shop-production", model.Name); // the overlay names the model
        }

        [Fact]
        public void Az_resource_list_and_az_graph_query_exports_are_read_by_the_Azure_mapping()
        {
            var list = Example("azure/single-zone-webapp.json");
            var graph = Path.Combine(Path.GetTempPath(), $"spof-graph-{Guid.NewGuid():N}.json");
            File.WriteAllText(graph, "{\"count\": 6, \"data\": " + File.ReadAllText(list) + ", \"skip_token\": null}");
            try
            {
                var fromList = FileModelSource.Load(new[] { list }, new RecordingHost());
                var fromGraph = FileModelSource.Load(new[] { graph }, new RecordingHost());

                Assert.Equal(Describe(AzureModelSource.FromFiles(new[] { list }, new RecordingHost())), Describe(fromList));
                Assert.Equal(Describe(fromList).Split(" | ")[1], Describe(fromGraph).Split(" | ")[1]);
                Assert.NotNull(fromList.FindComponent("blog-lb"));
            }
            finally
            {
                File.Delete(graph);
            }
        }

        [Fact]
        public void Yaml_beside_an_Azure_export_is_an_overlay()
        {
            var files = new[] { Example("azure/zone-redundant-webapp.json"), Example("azure/shop-overlay.yaml") };

            var model = FileModelSource.Load(files, new RecordingHost());

            Assert.NotNull(model.FindComponent("payments"));
            Assert.NotNull(model.FindComponent("shop-agw"));
        }

        [Fact]
        public void Architecture_files_alone_go_to_the_YAML_loader()
        {
            var files = new[] { Example("web-tier.yaml") };

            Assert.Equal(Describe(new YamlModelLoader().Load(files)), Describe(FileModelSource.Load(files, new RecordingHost())));
        }

        private static string Describe(SpofModel model) =>
            model.Name + " | " + string.Join(" ; ", model.Components.Select(c =>
                $"{c.Name} {c.Kind} {c.Scope} [{string.Join(",", c.Instances.Select(i => i.Name + "@" + i.Zone))}] " +
                $"[{string.Join(";", c.DependsOn.Select(d => d.Form + ":" + string.Join("|", d.Members)))}] [{string.Join(",", c.Owners)}]"));
    }
}
