using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using SpofAudit.Findings;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// The HTML report in a real browser: Debian's headless Chromium driven by Playwright (no browser download).
    /// The page must load with no console error and no network request, list every finding, hide the right rows
    /// when a filter is clicked, sort, and mark the SPOF nodes of the diagram. Screenshots go to the test output.
    /// </summary>
    public class HtmlReportBrowserTests : IClassFixture<BrowserFixture>, IDisposable
    {
        private readonly TempFiles _temp = new TempFiles();
        private readonly BrowserFixture _browser;

        public HtmlReportBrowserTests(BrowserFixture browser)
        {
            _browser = browser;
        }

        public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

        public void Dispose() => _temp.Dispose();

        [Theory]
        [InlineData("web-tier.yaml")]
        [InlineData("webshop.yaml")]
        [InlineData("single-owner-database.yaml")]
        public async Task The_report_loads_offline_without_errors_and_lists_every_finding(string example)
        {
            var analysed = Analysed.Load(RepositoryPaths.Example(example));
            var (page, problems) = await Open(analysed);

            var ids = await page.Locator("#findings tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)");
            Assert.Equal(analysed.Report.Findings.Select(f => f.Id), ids);
            Assert.Equal(analysed.Report.Model, (await page.TitleAsync()).Replace("SpofAudit report: ", string.Empty));
            foreach (var finding in analysed.Report.Findings)
            {
                var row = page.Locator($"#findings tbody tr[data-id=\"{finding.Id}\"]");
                Assert.Equal(string.Join(" → ", finding.Path), await row.Locator("td.path").TextContentAsync());
                Assert.Contains(finding.Recommendation, await row.TextContentAsync());
            }

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot(example), FullPage = true });
            Assert.Empty(problems);
        }

        [Fact]
        public async Task A_filter_click_hides_exactly_the_rows_of_that_kind_and_a_second_click_shows_them_again()
        {
            var analysed = Analysed.Load(RepositoryPaths.Example("web-tier.yaml"));
            var (page, problems) = await Open(analysed);
            var zoneRisks = analysed.Report.Findings.Where(f => f.Kind == FindingKind.SingleZoneRisk).Select(f => f.Id).ToArray();
            Assert.NotEmpty(zoneRisks);

            await page.ClickAsync("input[data-filter=kind][value=SingleZoneRisk]");
            Assert.Equal(analysed.Report.Findings.Select(f => f.Id).Except(zoneRisks), await VisibleIds(page));
            Assert.Equal((analysed.Report.Findings.Count - zoneRisks.Length).ToString(), await page.TextContentAsync("#shown-count"));

            await page.ClickAsync("input[data-filter=severity][value=High]");
            Assert.Equal(
                analysed.Report.Findings.Where(f => f.Kind != FindingKind.SingleZoneRisk && f.Severity != Severity.High).Select(f => f.Id),
                await VisibleIds(page));

            await page.ClickAsync("input[data-filter=kind][value=SingleZoneRisk]");
            await page.ClickAsync("input[data-filter=severity][value=High]");
            Assert.Equal(analysed.Report.Findings.Select(f => f.Id), await VisibleIds(page));
            Assert.Empty(problems);
        }

        [Fact]
        public async Task Clicking_a_column_header_sorts_the_rows()
        {
            var analysed = Analysed.Load(RepositoryPaths.Example("webshop.yaml"));
            var (page, problems) = await Open(analysed);

            await page.ClickAsync("th[data-sort=target] button");
            var targets = await page.Locator("#findings tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.target)");
            Assert.Equal(analysed.Report.Findings.Select(f => f.Target).OrderBy(t => t, StringComparer.InvariantCultureIgnoreCase), targets, StringComparer.Ordinal);

            await page.ClickAsync("th[data-sort=severity] button");
            var ranks = await page.Locator("#findings tbody tr").EvaluateAllAsync<int[]>("rows => rows.map(r => Number(r.dataset.rank))");
            Assert.Equal(ranks.OrderByDescending(r => r), ranks);
            Assert.Equal("descending", await page.GetAttributeAsync("th[data-sort=severity]", "aria-sort"));
            Assert.Empty(problems);
        }

        [Fact]
        public async Task Sorting_by_kind_orders_both_ways_and_filters_still_apply_to_the_sorted_rows()
        {
            var analysed = Analysed.Load(RepositoryPaths.Example("webshop.yaml"));
            var (page, problems) = await Open(analysed);
            var kinds = analysed.Report.Findings.Select(f => f.Kind.ToString()).ToArray();
            Assert.True(kinds.Distinct().Count() > 2, "the example must hold several kinds for the sort to show anything");

            await page.ClickAsync("th[data-sort=kind] button");
            Assert.Equal(kinds.OrderBy(k => k, StringComparer.Ordinal), await RowValues(page, "kind"));
            Assert.Equal("ascending", await page.GetAttributeAsync("th[data-sort=kind]", "aria-sort"));

            await page.ClickAsync("th[data-sort=kind] button");
            Assert.Equal(kinds.OrderByDescending(k => k, StringComparer.Ordinal), await RowValues(page, "kind"));
            Assert.Equal("descending", await page.GetAttributeAsync("th[data-sort=kind]", "aria-sort"));
            Assert.Equal("none", await page.GetAttributeAsync("th[data-sort=severity]", "aria-sort"));

            // Filtering by severity after a sort hides exactly that severity's rows, in the sorted order.
            await page.ClickAsync("input[data-filter=severity][value=Medium]");
            var expected = analysed.Report.Findings.Where(f => f.Severity != Severity.Medium)
                .OrderByDescending(f => f.Kind.ToString(), StringComparer.Ordinal).Select(f => f.Kind.ToString());
            Assert.Equal(expected, await VisibleValues(page, "kind"));
            Assert.Empty(problems);
        }

        [Fact]
        public async Task The_summary_counts_findings_by_severity_and_kind_and_says_what_when_and_from_what()
        {
            var source = RepositoryPaths.Example("webshop.yaml");
            var analysed = Analysed.Load(source);
            var (page, problems) = await Open(analysed);

            foreach (var severity in Enum.GetValues<Severity>())
            {
                var count = await page.TextContentAsync($"#by-severity tr[data-severity={severity}] td.n");
                Assert.Equal(analysed.Report.Findings.Count(f => f.Severity == severity).ToString(), count);
            }

            foreach (var kind in FindingRules.Kinds)
            {
                var count = await page.TextContentAsync($"#by-kind tr[data-kind={kind}] td.n");
                Assert.Equal(analysed.Report.Findings.Count(f => f.Kind == kind).ToString(), count);
            }

            Assert.Equal("Single points of failure: " + analysed.Model.Name, await page.TextContentAsync("h1"));
            var provenance = await page.TextContentAsync("#provenance");
            Assert.Contains("2026-11-25 09:00:00", provenance);
            Assert.Contains("on test", provenance);
            Assert.Contains(Path.GetFullPath(source), provenance);
            Assert.Empty(problems);
        }

        [Theory]
        [InlineData("webshop.yaml")]
        [InlineData("web-tier.yaml")]
        [InlineData("quorum-store.yaml")]
        public async Task The_diagram_marks_exactly_the_SPOF_and_zone_and_region_risk_nodes(string example)
        {
            var analysed = Analysed.Load(RepositoryPaths.Example(example));
            var (page, problems) = await Open(analysed);

            foreach (var (kind, mark) in new[] { (FindingKind.SinglePointOfFailure, "spof"), (FindingKind.SingleZoneRisk, "zone-risk"), (FindingKind.SingleRegionRisk, "region-risk") })
            {
                var expected = analysed.Report.Findings.Where(f => f.Kind == kind).Select(f => f.Target).OrderBy(t => t, StringComparer.Ordinal).ToArray();
                var marked = await page.Locator($"#diagram g.node.{mark}").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.name)");
                Assert.Equal(expected, marked.OrderBy(t => t, StringComparer.Ordinal));
            }

            // Every component of the model is drawn, and each node is a visible box.
            var names = await page.Locator("#diagram g.node.component").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.name)");
            Assert.Equal(analysed.Model.Components.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), names.OrderBy(n => n, StringComparer.Ordinal));
            var spof = page.Locator("#diagram g.node.spof rect").First;
            Assert.Equal("rgb(220, 38, 38)", await spof.EvaluateAsync<string>("r => getComputedStyle(r).stroke"));
            await page.Locator("#diagram").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshot(Path.GetFileNameWithoutExtension(example) + "-diagram") });
            Assert.Empty(problems);
        }

        [Fact]
        public async Task The_people_section_shows_truck_factors_and_evidence_and_the_diagram_marks_sole_operated_components()
        {
            var analysed = Analysed.Load(RepositoryPaths.Example(Path.Combine("personnel", "payments.yaml")));
            var (page, problems) = await Open(analysed);

            var api = page.Locator("#people-section section[data-entrypoint=api]");
            Assert.Equal("1", await api.Locator(".truck-factor").TextContentAsync());
            Assert.True(await api.IsVisibleAsync());
            var carol = api.Locator("tr[data-owner=carol]");
            Assert.Equal("ledger", await carol.Locator("td").First.TextContentAsync());
            Assert.Contains("CODEOWNER of services/ledger/", await carol.Locator(".evidence li").TextContentAsync());
            Assert.EndsWith("CODEOWNERS:8:1", await carol.Locator(".evidence .loc").TextContentAsync());
            var owners = await api.Locator("tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.component + ' ' + r.dataset.owner)");
            Assert.Equal(new[] { "ledger carol", "api acme/payments-team", "ledger-db acme/payments-team" }, owners);

            var marked = await page.Locator("#diagram g.node.truck-factor-1").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.name)");
            Assert.Equal(new[] { "ledger" }, marked);
            var box = page.Locator("#diagram g.node.truck-factor-1 rect");
            Assert.NotEqual("none", await box.EvaluateAsync<string>("r => getComputedStyle(r).strokeDasharray"));
            await page.Locator("#people-section").ScreenshotAsync(new LocatorScreenshotOptions { Path = Screenshot("personnel-people") });
            Assert.Empty(problems);
        }

        [Fact]
        public async Task The_page_policy_runs_only_the_report_script_and_logs_no_violation()
        {
            var analysed = Analysed.Load(RepositoryPaths.Example("webshop.yaml"));
            var (page, problems) = await Open(analysed);

            // The report's own script ran under the policy: sorting by target reorders the rows.
            await page.ClickAsync("th[data-sort=target] button");
            Assert.Equal("ascending", await page.GetAttributeAsync("th[data-sort=target]", "aria-sort"));
            Assert.Empty(problems);

            // An inline script that is not the report's (what an injected name would become) does not run.
            var ran = await page.EvaluateAsync<bool>(
                "() => { const s = document.createElement('script'); s.textContent = 'window.injected = true;'; document.body.appendChild(s); return window.injected === true; }");
            Assert.False(ran);
            Assert.Contains(problems, p => p.Contains("Content Security Policy", StringComparison.Ordinal));
        }

        private static string Screenshot(string name)
        {
            Directory.CreateDirectory(ScreenshotFolder);
            return Path.Combine(ScreenshotFolder, Path.GetFileNameWithoutExtension(name) + ".png");
        }

        private static Task<string[]> RowValues(IPage page, string attribute) =>
            page.Locator("#findings tbody tr").EvaluateAllAsync<string[]>($"rows => rows.map(r => r.dataset.{attribute})");

        private static Task<string[]> VisibleValues(IPage page, string attribute) =>
            page.Locator("#findings tbody tr").EvaluateAllAsync<string[]>($"rows => rows.filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.{attribute})");

        private static Task<string[]> VisibleIds(IPage page) =>
            page.Locator("#findings tbody tr").EvaluateAllAsync<string[]>("rows => rows.filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.id)");

        /// <summary>Writes the report, opens it, and collects console errors, page errors and any attempted network request.</summary>
        private async Task<(IPage Page, List<string> Problems)> Open(Analysed analysed)
        {
            var file = _temp.Path(analysed.Report.Model + ".html");
            using (var writer = new StreamWriter(file))
            {
                ReportRenderer.Write(new ReportSelection(analysed.Report), ReportFormat.Html, writer,
                    new ReportOptions(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), model: analysed.Model, hostName: "test"));
            }

            var page = await _browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error" || message.Type == "warning")
                {
                    problems.Add($"console {message.Type}: {message.Text}");
                }
            };
            page.PageError += (_, error) => problems.Add("page error: " + error);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file:", StringComparison.Ordinal))
                {
                    problems.Add("network request: " + request.Url);
                }
            };
            var response = await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.True(response == null || response.Ok);
            return (page, problems);
        }
    }
}
