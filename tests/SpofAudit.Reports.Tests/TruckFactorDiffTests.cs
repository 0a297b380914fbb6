using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using SpofAudit.Findings;
using SpofAudit.Rendering;
using SpofAudit.Testing;

namespace SpofAudit.Reports.Tests
{
    /// <summary>Truck factors and the people behind them survive a JSON report, and a diff reports and gates on one that fell.</summary>
    public class TruckFactorDiffTests : IDisposable
    {
        // api needs svc, which only carol can operate; web needs db, which alice and bob share.
        private const string Shop = @"apiVersion: spofaudit/v1
name: shop
entrypoints: [api, web]
people: {alice: {}, bob: {}, carol: {}}
teams:
  storefront: [alice, bob]
components:
  web:
    instances: 2
    dependsOn: [db]
    owners: [storefront]
  db:
    instances: 2
    owners: [alice, bob]
  api:
    instances: 2
    dependsOn: [svc]
    owners: [storefront]
  svc:
    instances: 2
    owners: [carol]
";

        // web now needs svc too: no finding is new (carol's only widens what it affects), but web's truck factor falls to 1.
        private static readonly string ShopWebNeedsSvc = Shop.Replace("dependsOn: [db]", "dependsOn: [db, svc]");

        private readonly TempFiles _temp = new TempFiles();

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Truck_factors_and_their_evidence_read_back_from_JSON()
        {
            var report = Analysed.Load(RepositoryPaths.Example(Path.Combine("personnel", "payments.yaml"))).Report;
            var text = new StringWriter();
            ReportJsonWriter.Write(report, report.Findings, text);

            var back = ReportJsonReader.Read(text.ToString(), "report.json");

            var api = Assert.Single(back.TruckFactors);
            Assert.Equal(("api", (int?)1), (api.Entrypoint, api.TruckFactor));
            Assert.Equal(
                report.TruckFactors.SelectMany(f => f.Operators).Select(Describe),
                back.TruckFactors.SelectMany(f => f.Operators).Select(Describe));
            var carol = Assert.Single(api.Operators, o => o.Owner == "carol");
            Assert.Equal("ledger", carol.Component);
            var evidence = Assert.Single(carol.Evidence);
            Assert.EndsWith(Path.Combine("payments-repo", ".github", "CODEOWNERS") + ":8:1", evidence.Source);
            Assert.Equal("CODEOWNER of services/ledger/ (rule /services/ledger/)", evidence.Description);
            var team = Assert.Single(api.Operators, o => o.Component == "ledger-db");
            Assert.Equal("acme/payments-team", team.Owner);
            Assert.Equal(new[] { "alice", "bob" }, team.People);
            Assert.Equal(TruckFactors.DeclaredOwner, Assert.Single(team.Evidence).Description);
        }

        [Fact]
        public void The_components_with_the_fewest_people_come_first()
        {
            var report = Analysed.Load(_temp.Write("shop.yaml", ShopWebNeedsSvc)).Report;

            var web = report.TruckFactors.Single(f => f.Entrypoint == "web");
            Assert.Equal(1, web.TruckFactor);
            Assert.Equal(new[] { "svc", "web", "db", "db" }, web.Operators.Select(o => o.Component));
            Assert.Equal(0, web.UnlistedComponents);
        }

        [Fact]
        public void A_bad_truck_factor_is_reported_at_its_line_and_column()
        {
            const string json = "{\"schemaVersion\": 1, \"model\": \"m\", \"findings\": [],\n \"truckFactors\": [{\"entrypoint\": \"web\", \"truckFactor\": 0.5}]}";

            var error = Assert.Throws<SpofAudit.Diagnostics.SpofInputException>(() => ReportJsonReader.Read(json, "old.json"));

            Assert.Equal("WrongType", error.First.Code);
            Assert.StartsWith("old.json:2:56: ", error.First.ToString());
        }

        [Fact]
        public void Cli_diff_reports_a_fallen_truck_factor_and_gates_on_it_as_on_a_new_finding()
        {
            var before = Json("before", Shop);
            var after = Json("after", ShopWebNeedsSvc);

            var (exit, stdout, stderr) = CliRun.Run("diff", before, after);
            Assert.True(exit == 0, stderr);
            Assert.Contains("web: truck factor 2 -> 1 (fell, Medium; svc: carol)", stdout);
            Assert.DoesNotContain("api: truck factor", stdout);

            // No finding is new or worse, so only the fall (weighed as carol's PersonnelDependency, Medium) fails the gate.
            Assert.Equal(1, CliRun.Run("diff", before, after, "--fail-on", "medium").Exit);
            Assert.Equal(0, CliRun.Run("diff", before, after, "--fail-on", "high").Exit);
            Assert.Equal(0, CliRun.Run("diff", after, before, "--fail-on", "info").Exit);
            Assert.Contains("web: truck factor 1 -> 2 (rose; ", CliRun.Run("diff", after, before).Stdout);

            var change = JsonDocument.Parse(CliRun.Run("diff", before, after, "--format", "json").Stdout).RootElement.GetProperty("truckFactorChanges").EnumerateArray().Single();
            Assert.Equal(("web", 2, 1, true, "Medium"), (change.GetProperty("entrypoint").GetString(), change.GetProperty("reference").GetInt32(), change.GetProperty("difference").GetInt32(), change.GetProperty("fell").GetBoolean(), change.GetProperty("severity").GetString()));
            Assert.Contains("- web: truck factor 2 -\\> 1 (fell, Medium; svc: carol)", CliRun.Run("diff", before, after, "--format", "markdown").Stdout);
        }

        [Fact]
        public void Report_with_a_baseline_warns_of_a_fallen_truck_factor_and_gates_on_it_as_diff_does()
        {
            var baseline = Json("baseline", Shop);
            var now = _temp.Write("now.yaml", ShopWebNeedsSvc);

            var gated = CliRun.Run("report", now, "--baseline", baseline, "--fail-on", "medium");
            var above = CliRun.Run("report", now, "--baseline", baseline, "--fail-on", "high");
            var otherKinds = CliRun.Run("report", now, "--baseline", baseline, "--fail-on", "medium", "--kind", "SinglePointOfFailure");

            Assert.Equal(1, gated.Exit);
            Assert.Contains($"since the baseline {baseline}: web: truck factor 2 -> 1 (fell, Medium; svc: carol)", gated.Stderr);
            Assert.Contains("No new findings in shop", gated.Stdout);
            Assert.Equal(0, above.Exit);
            Assert.Equal(0, otherKinds.Exit);
            Assert.Equal(0, CliRun.Run("report", _temp.Write("same.yaml", Shop), "--baseline", baseline, "--fail-on", "info").Exit);
        }

        [Fact]
        public void An_accepted_risk_behind_the_fall_fails_no_gate()
        {
            var accepted = _temp.Write("accepted.yaml", "suppressions:\n  - {id: PersonnelDependency/carol, justification: Hiring a second engineer, owner: alice}\n");
            var before = Json("before", Shop);
            var after = _temp.Path("after-accepted.json");
            Assert.Equal(0, CliRun.Run("report", _temp.Write("after.yaml", ShopWebNeedsSvc), "--suppressions", accepted, "--format", "json", "--output", after).Exit);

            var diff = CliRun.Run("diff", before, after, "--fail-on", "info");

            Assert.Contains("web: truck factor 2 -> 1 (fell, Medium accepted; svc: carol)", diff.Stdout);
            Assert.Equal(0, diff.Exit);
        }

        private static string Describe(ComponentOperator o) =>
            $"{o.Component} {o.Owner} [{string.Join(",", o.People)}] {string.Join(" | ", o.Evidence.Select(e => e.Source + " " + e.Description))}";

        private string Json(string name, string yaml)
        {
            var output = _temp.Path(name + ".json");
            var (exit, _, stderr) = CliRun.Run("report", _temp.Write(name + ".yaml", yaml), "--format", "json", "--output", output);
            Assert.True(exit == 0, stderr);
            return output;
        }
    }
}
