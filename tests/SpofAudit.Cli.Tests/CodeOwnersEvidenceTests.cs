using System;
using SpofAudit.Testing;

namespace SpofAudit.Cli.Tests
{
    /// <summary>CODEOWNERS evidence through the CLI: named in the advice, and a missing repository is a warning, an
    /// incomplete report and a gate that does not pass, never an abort.</summary>
    public sealed class CodeOwnersEvidenceTests : IDisposable
    {
        private readonly TempFiles _files = new TempFiles();

        [Fact]
        public void The_personnel_example_names_the_CODEOWNERS_rule_behind_the_sole_owner()
        {
            var result = Cli.Run("report", Examples.Path("personnel/payments.yaml"));

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("PersonnelDependency/carol", result.Stdout);
            Assert.Contains("CODEOWNER of services/ledger/ (rule /services/ledger/)", result.Stdout.Replace("\n     ", " "));
        }

        [Fact]
        public void A_missing_code_repository_is_a_warning_an_incomplete_report_and_a_failed_gate()
        {
            var model = _files.Write("app.yaml", "apiVersion: spofaudit/v1\ncomponents:\n  app:\n    instances: 2\n    code: {repo: gone, paths: [src/]}\n");

            var report = Cli.Run("report", model);
            Assert.Equal(0, report.ExitCode);
            Assert.Contains("warning: app: the code repository ", report.Stderr);
            Assert.Contains("Incomplete inventory:", report.Stdout);

            Assert.Equal(4, Cli.Run("report", model, "--fail-on", "low").ExitCode);
        }

        public void Dispose() => _files.Dispose();
    }
}
