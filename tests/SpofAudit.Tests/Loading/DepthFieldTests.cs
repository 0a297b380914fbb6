using SpofAudit.Model;
using static SpofAudit.Tests.Loading.LoaderAssert;

namespace SpofAudit.Tests.Loading
{
    /// <summary>The fields of docs/analysis-depth.md (capacity, quorum) load strictly, with the usual error quality.</summary>
    public class DepthFieldTests
    {
        [Fact]
        public void Capacity_raises_the_effective_minimum_to_what_carries_the_peak()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web: {instances: 3, capacity: {perInstance: 400, peak: 700}}",
                "  api: {instances: 3, minHealthy: 3, capacity: {perInstance: 1e3, peak: 800.5}}",
                "  svc: {scope: zonal, zones: [a, b], capacity: {perInstance: 10, peak: 20}}"));

            var web = model.FindComponent("web")!;
            Assert.Equal((1, 2, 400.0, 700.0), (web.MinHealthy, web.EffectiveMinHealthy, web.Capacity!.PerInstance, web.Capacity.Peak));
            Assert.Equal((3, 3), (model.FindComponent("api")!.MinHealthy, model.FindComponent("api")!.EffectiveMinHealthy));
            Assert.Equal(2, model.FindComponent("svc")!.EffectiveMinHealthy);
        }

        [Fact]
        public void A_peak_that_all_units_together_cannot_carry_is_an_error()
        {
            var error = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web:",
                "    instances: 2",
                "    capacity: {perInstance: 400, peak: 900}"));

            First(error, DiagnosticCodes.PeakAboveCapacity, 5, 15, new[] { "component 'web'", "peak 900, 400 per instance needs 3 instances but it has 2" });
        }

        [Fact]
        public void Capacity_needs_both_numbers_above_zero_and_no_other_key()
        {
            var missing = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web: {instances: 2, capacity: {perInstance: 400}}"));
            First(missing, DiagnosticCodes.MissingKey, 3, 33, new[] { "'capacity' of component 'web' is missing required key 'peak'" });

            var zero = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web: {instances: 2, capacity: {perInstance: 0, peak: 5}}"));
            First(zero, DiagnosticCodes.InvalidValue, 3, 33, new[] { "'capacity' of component 'web' needs 'perInstance' and 'peak' above 0" });

            var typo = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web: {instances: 2, capacity: {perInstance: 4, peek: 5}}"));
            Assert.Contains(typo.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey && d.Suggestion == "did you mean 'peak'?");

            var text = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  web: {instances: 2, capacity: {perInstance: lots, peak: 5}}"));
            First(text, DiagnosticCodes.WrongType, 3, 47, new[] { "'perInstance' of 'capacity' of component 'web'", "a number" });
        }

        [Fact]
        public void Quorum_majority_sets_min_healthy_to_a_majority()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  three: {instances: 3, quorum: majority}",
                "  four: {instances: 4, quorum: majority}",
                "  five: {instances: 5, quorum: majority}",
                "  zonal: {scope: zonal, zones: [a, b, c], quorum: majority}"));

            Assert.Equal((2, QuorumRule.Majority), (model.FindComponent("three")!.MinHealthy, model.FindComponent("three")!.Quorum));
            Assert.Equal(3, model.FindComponent("four")!.MinHealthy);
            Assert.Equal(3, model.FindComponent("five")!.MinHealthy);
            Assert.Equal(2, model.FindComponent("zonal")!.MinHealthy);
        }

        [Fact]
        public void Quorum_and_min_healthy_together_or_an_unknown_rule_are_errors()
        {
            var both = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  etcd: {instances: 3, quorum: majority, minHealthy: 2}"));
            First(both, DiagnosticCodes.InvalidValue, 3, 54, new[] { "component 'etcd' gives both 'quorum: majority' (minHealthy 2 of 3) and 'minHealthy: 2'; remove one" });

            var unknown = Fails(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  etcd: {instances: 3, quorum: majorty}"));
            Assert.Equal((DiagnosticCodes.InvalidValue, "did you mean 'majority'?"), (unknown.First.Code, unknown.First.Suggestion));
        }

        [Fact]
        public void Rto_rpo_and_backup_read_durations()
        {
            var model = Load(Yaml(
                "apiVersion: spofaudit/v1",
                "components:",
                "  db:",
                "    instances: 2",
                "    standby: {mode: warm, failover: manual}",
                "    replication: async",
                "    rto: 1h30m",
                "    rpo: 45s",
                "    backup: {every: 1d}"));

            var db = model.FindComponent("db")!;
            Assert.Equal((System.TimeSpan.FromMinutes(90), System.TimeSpan.FromSeconds(45), System.TimeSpan.FromDays(1)), (db.Rto!.Value, db.Rpo!.Value, db.BackupEvery!.Value));
            Assert.True(db.FailoverInterrupts);
            Assert.Equal("1h30m", Duration.Format(db.Rto.Value));
        }

        [Theory]
        [InlineData("rto: 15", 5, 10, "'rto' of component 'db' must be a duration such as 30s, 15m, 4h, 1h30m or 1d, found")]
        [InlineData("rpo: 5 minutes", 5, 10, "'rpo' of component 'db' must be a duration")]
        [InlineData("rto: 0s", 5, 10, "'rto' of component 'db' must be a duration")]
        [InlineData("backup: {every: weekly}", 5, 21, "'every' of 'backup' of component 'db' must be a duration")]
        public void Bad_durations_name_the_field_and_the_form(string line, int row, int column, string mention)
        {
            var error = Fails(Yaml("apiVersion: spofaudit/v1", "components:", "  db:", "    instances: 2", "    " + line));
            First(error, DiagnosticCodes.InvalidValue, row, column, new[] { mention });
        }

        [Fact]
        public void Backup_needs_every()
        {
            var error = Fails(Yaml("apiVersion: spofaudit/v1", "components:", "  db: {backup: {}}"));
            First(error, DiagnosticCodes.MissingKey, 3, 16, new[] { "'backup' of component 'db' is missing required key 'every'" });
        }
    }
}
