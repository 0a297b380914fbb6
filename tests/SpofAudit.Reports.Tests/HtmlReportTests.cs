using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SpofAudit.Analysis;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;
using static SpofAudit.Testing.ModelParts;

namespace SpofAudit.Reports.Tests
{
    /// <summary>What the HTML page holds, read as text: self-containment, escaping, and the diagram's bounds on large models.</summary>
    public class HtmlReportTests
    {
        [Fact]
        public void The_page_references_nothing_outside_itself_and_forbids_the_network()
        {
            var html = Render(Analysed.Load(RepositoryPaths.Example("webshop.yaml")));

            Assert.Contains("Content-Security-Policy\" content=\"default-src 'none'", html);
            Assert.DoesNotMatch(new Regex("(src|href)\\s*=\\s*\"(?!#)", RegexOptions.IgnoreCase), html);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty));
            Assert.DoesNotContain("https://", html);
        }

        [Fact]
        public void The_policy_allows_exactly_the_inline_script_by_its_hash_and_no_other_inline_script()
        {
            var html = Render(Analysed.Load(RepositoryPaths.Example("webshop.yaml")));

            var policy = Regex.Match(html, "Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
            var scriptSource = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.DoesNotContain("unsafe-inline", scriptSource);
            var scripts = Regex.Matches(html, "<script>(.*?)</script>", RegexOptions.Singleline);
            var script = Assert.Single(scripts).Groups[1].Value;
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
            Assert.Equal($"script-src 'sha256-{hash}'", scriptSource);
        }

        [Fact]
        public void Names_that_look_like_markup_are_escaped()
        {
            var model = NewModel("m<b>", new[]
            {
                Component("<script>alert(1)</script>", null, new[] { Instance("i1", null, null) }, new[] { Hard("db&\"x\"") }),
                Component("db&\"x\"", "database", new[] { Instance("i2", null, null) }),
            });
            var report = new SpofAnalyzer().Analyze(model);
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), ReportFormat.Html, text, new ReportOptions(DateTimeOffset.UnixEpoch, model: model, hostName: "h"));

            Assert.DoesNotContain("<script>alert(1)</script>", text.ToString());
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text.ToString());
        }

        [Fact]
        public void A_large_model_draws_only_the_part_between_entrypoints_and_findings_within_bounds()
        {
            var model = BinaryTree(4095, singleInstanceEvery: 5);
            var analysed = new SpofAnalyzer().Analyze(model);
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(analysed), ReportFormat.Html, text, new ReportOptions(DateTimeOffset.UnixEpoch, model: model, hostName: "h"));

            var svg = XElement.Parse(Regex.Match(text.ToString(), "<svg id=\"diagram\".*?</svg>", RegexOptions.Singleline).Value);
            var nodes = svg.Elements("{http://www.w3.org/2000/svg}g").ToArray();
            Assert.InRange(nodes.Length, 1, 300);
            Assert.True(nodes.Length < model.Components.Count);
            Assert.Contains("id=\"diagram-note\"", text.ToString());

            // Every row of the table is there, whatever the diagram leaves out.
            Assert.Equal(analysed.Findings.Count, Regex.Matches(text.ToString(), "<tr id=\"finding-").Count);
        }

        [Fact]
        public void Exported_findings_with_their_model_name_it_and_its_sources_even_when_none_is_left()
        {
            var analysed = Analysed.Load(RepositoryPaths.Example("dns-two-lbs.yaml"));
            var options = new ReportOptions(DateTimeOffset.UnixEpoch, model: analysed.Model, hostName: "h");

            var withModel = new StringWriter();
            ReportRenderer.Write(new ReportSelection(ExportedReport.Of(Array.Empty<Finding>(), analysed.Model)), ReportFormat.Html, withModel, options);
            Assert.Contains($"<h1>Single points of failure: {analysed.Model.Name}</h1>", withModel.ToString());
            Assert.Contains(analysed.Model.Sources[0], withModel.ToString());
            foreach (var component in analysed.Model.Components)
            {
                Assert.Contains($"data-name=\"{component.Name}\"", withModel.ToString());
            }

            // Without the model, the same empty export knows neither its name nor its source.
            var alone = new StringWriter();
            ReportRenderer.Write(new ReportSelection(ExportedReport.Of(Array.Empty<Finding>(), null)), ReportFormat.Html, alone, new ReportOptions(DateTimeOffset.UnixEpoch, hostName: "h"));
            Assert.DoesNotContain(analysed.Model.Name, alone.ToString());
            Assert.Contains("findings given without their source", alone.ToString());
        }

        [Fact]
        public void Findings_without_their_model_are_drawn_as_the_union_of_their_paths()
        {
            // What Export-SpofReport gets from the pipeline: findings alone.
            var analysed = Analysed.Load(RepositoryPaths.Example("web-tier.yaml"));
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(SpofReport.FromFindings(analysed.Report.Findings)), ReportFormat.Html, text,
                new ReportOptions(DateTimeOffset.UnixEpoch, hostName: "h"));

            var svg = XElement.Parse(Regex.Match(text.ToString(), "<svg id=\"diagram\".*?</svg>", RegexOptions.Singleline).Value);
            var drawn = svg.Elements("{http://www.w3.org/2000/svg}g").Select(g => (string)g.Attribute("data-name")!).OrderBy(n => n, StringComparer.Ordinal);
            Assert.Equal(analysed.Report.Findings.SelectMany(f => f.Path).Distinct().OrderBy(n => n, StringComparer.Ordinal), drawn);
            Assert.Contains(analysed.Report.Findings[0].Location!.File, text.ToString());
        }

        [Fact]
        public void Dependency_cycles_are_drawn_and_the_layout_terminates()
        {
            var model = NewModel("cycle", new[]
            {
                Component("web", null, new[] { Instance("w1", null, null) }, new[] { Hard("a") }),
                Component("a", null, new[] { Instance("a1", null, null) }, new[] { Hard("b") }),
                Component("b", null, new[] { Instance("b1", null, null) }, new[] { Hard("c") }),
                Component("c", null, new[] { Instance("c1", null, null) }, new[] { Hard("a") }),
            });
            var html = Render(model);

            foreach (var name in new[] { "web", "a", "b", "c" })
            {
                Assert.Contains($"data-name=\"{name}\"", html);
            }

            Assert.Equal(4, Regex.Matches(html, "<path class=\"edge").Count);
        }

        [Fact]
        public void The_people_section_gives_each_entrypoint_its_truck_factor_and_the_evidence_behind_each_owner()
        {
            var html = Render(Analysed.Load(RepositoryPaths.Example(Path.Combine("personnel", "payments.yaml"))));

            Assert.Contains("<p id=\"truck-factors\">Truck factor per entrypoint: api 1.</p>", html);
            var section = Regex.Match(html, "<section id=\"people-section\">.*?</section>\n</section>", RegexOptions.Singleline).Value;
            Assert.Contains("<section class=\"entrypoint-people\" data-entrypoint=\"api\" data-truck-factor=\"1\">", section);
            var rows = Regex.Matches(section, "<tr data-component=\"([^\"]*)\" data-owner=\"([^\"]*)\"").Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}");
            Assert.Equal(new[] { "ledger carol", "api acme/payments-team", "ledger-db acme/payments-team" }, rows);
            var carol = Regex.Match(section, "<tr data-component=\"ledger\" data-owner=\"carol\".*?</tr>").Value;
            Assert.Contains("class=\"truck-factor-1\"", carol);
            Assert.Contains("<span class=\"measured\">CODEOWNER of services/ledger/ (rule /services/ledger/)</span>", carol);
            Assert.Matches("<span class=\"loc\">[^<]*payments-repo/.github/CODEOWNERS:8:1</span>", carol);
            var team = Regex.Match(section, "<tr data-component=\"ledger-db\".*?</tr>").Value;
            Assert.Contains("<span class=\"members\">alice, bob</span>", team);
            Assert.Contains(TruckFactors.DeclaredOwner.Replace("'", "&#39;"), team);

            // The diagram marks the component only one person can operate.
            Assert.Matches("<g class=\"node component truck-factor-1\" data-name=\"ledger\"", html);
            Assert.Single(Regex.Matches(html, "<g class=\"[^\"]*truck-factor-1[^\"]*\""));
        }

        [Fact]
        public void Owner_names_and_evidence_that_look_like_markup_are_escaped_in_the_people_section()
        {
            const string owner = "<img src=x onerror=alert(1)>\u0007";
            var model = NewModel("m", new[] { Component("svc", null, new[] { Instance("i1", null, null), Instance("i2", null, null) }, owners: new[] { owner }) }, people: new[] { Person(owner) });
            var html = Render(model);

            Assert.Contains("data-owner=\"&lt;img src=x onerror=alert(1)&gt; \"", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain('\u0007', html);

            // A report read back from JSON shows evidence as it was written there: escaped too.
            const string json = "{\"schemaVersion\": 1, \"model\": \"m\", \"findings\": [], \"truckFactors\": [{\"entrypoint\": \"<b>web</b>\", \"truckFactor\": 1, " +
                "\"operators\": [{\"component\": \"svc\", \"owner\": \"eve\", \"people\": [\"eve\"], \"evidence\": [{\"source\": \"x:1:1\", \"description\": \"</td><script>alert(1)</script>\"}]}]}]}";
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(ReportJsonReader.Read(json, "r.json")), ReportFormat.Html, text, new ReportOptions(DateTimeOffset.UnixEpoch, hostName: "h"));

            Assert.Contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;", text.ToString());
            Assert.Contains("data-entrypoint=\"&lt;b&gt;web&lt;/b&gt;\"", text.ToString());
            Assert.Single(Regex.Matches(text.ToString(), "<script>"));
        }

        /// <summary>Component i depends on 2i+1 and 2i+2; every n-th one has a single instance, the rest two.</summary>
        private static SpofModel BinaryTree(int count, int singleInstanceEvery)
        {
            var components = Enumerable.Range(0, count).Select(i => Component(
                $"c{i}",
                null,
                Enumerable.Range(0, i % singleInstanceEvery == 0 ? 1 : 2).Select(k => Instance($"c{i}-{k}", null, null)).ToArray(),
                new[] { 2 * i + 1, 2 * i + 2 }.Where(d => d < count).Select(d => Hard($"c{d}")).ToArray())).ToArray();
            return NewModel("tree", components);
        }

        private static string Render(Analysed analysed) => Render(analysed.Model);

        private static string Render(SpofModel model)
        {
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(new SpofAnalyzer().Analyze(model)), ReportFormat.Html, text,
                new ReportOptions(DateTimeOffset.UnixEpoch, model: model, hostName: "h"));
            return text.ToString();
        }
    }
}
