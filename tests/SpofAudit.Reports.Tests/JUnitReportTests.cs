using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;

namespace SpofAudit.Reports.Tests
{
    public class JUnitReportTests
    {
        private static readonly DateTimeOffset When = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(1));

        public static TheoryData<string> Examples() => new TheoryData<string>(RepositoryPaths.ExampleModels());

        [Theory]
        [MemberData(nameof(Examples))]
        public void Every_example_report_is_valid_against_the_Ant_JUnit_schema(string example)
        {
            var xml = Render(Analysed.Load(example).Report, new ReportOptions(When, Severity.High, hostName: "ci-runner"));
            Validate(xml);
        }

        [Fact]
        public void One_case_per_rule_and_target_failing_at_or_above_the_threshold()
        {
            var report = Analysed.Load(RepositoryPaths.Example("web-tier.yaml")).Report;
            var doc = XDocument.Parse(Render(report, new ReportOptions(When, Severity.High, hostName: "ci-runner")));

            var cases = doc.Descendants("testcase").ToArray();
            Assert.Equal(
                report.Findings.Select(f => $"spofaudit.web-tier.{f.Kind}|{f.Target}").OrderBy(s => s, StringComparer.Ordinal),
                cases.Select(c => $"{c.Attribute("classname")!.Value}|{c.Attribute("name")!.Value}").OrderBy(s => s, StringComparer.Ordinal));
            var failed = cases.Where(c => c.Element("failure") != null).Select(c => c.Attribute("name")!.Value).OrderBy(s => s, StringComparer.Ordinal);
            Assert.Equal(report.Findings.Where(f => f.Severity >= Severity.High).Select(f => f.Target).OrderBy(s => s, StringComparer.Ordinal), failed);
            Assert.Equal(FindingRules.Kinds.Count, doc.Descendants("testsuite").Count());
            Assert.Equal("2026-11-25T08:30:00", doc.Descendants("testsuite").First().Attribute("timestamp")!.Value);
            Assert.All(doc.Descendants("testsuite"), s => Assert.Equal(
                s.Elements("testcase").Count(c => c.Element("failure") != null).ToString(), s.Attribute("failures")!.Value));
        }

        [Fact]
        public void An_accepted_risk_is_skipped_not_failed()
        {
            var accepted = new Finding(FindingKind.SinglePointOfFailure, Severity.Critical, "db", TargetType.Component, new[] { "web" },
                new[] { "web", "db" }, new[] { "db" }, "Add a replica.", "m", null,
                new Suppression("SinglePointOfFailure/db", "Replica ordered <soon> & tracked", "alice", null, SourceLocation.None));
            var xml = Render(new SpofReport("m", new[] { "web" }, new string[0], 2, new[] { accepted }), new ReportOptions(When, hostName: "h"));
            Validate(xml);

            var testCase = XDocument.Parse(xml).Descendants("testcase").Single();
            Assert.Null(testCase.Element("failure"));
            Assert.Contains("Replica ordered <soon> & tracked", testCase.Element("skipped")!.Attribute("message")!.Value);
        }

        [Fact]
        public void The_validation_rejects_a_document_the_schema_forbids()
        {
            // The oracle must be able to say no: a testsuite without its required hostname.
            var xml = Render(Analysed.Load(RepositoryPaths.Example("web-tier.yaml")).Report, new ReportOptions(When, hostName: "h"))
                .Replace(" hostname=\"h\"", string.Empty);
            Assert.Throws<XmlSchemaValidationException>(() => Validate(xml));
        }

        [Fact]
        public void A_partial_read_is_a_property_and_a_system_err_line_of_every_suite_and_stays_valid()
        {
            var xml = Render(PartialRead.Report(PartialRead.NatFinding()), new ReportOptions(When, hostName: "h"));
            Validate(xml);

            var suites = XDocument.Parse(xml).Root!.Elements("testsuite").ToArray();
            Assert.NotEmpty(suites);
            Assert.All(suites, suite =>
            {
                var incomplete = suite.Element("properties")!.Elements("property").Where(p => (string?)p.Attribute("name") == "incomplete");
                Assert.Equal(new[] { PartialRead.Line }, incomplete.Select(p => (string?)p.Attribute("value")));
                Assert.Equal("Incomplete inventory: " + PartialRead.Line + "\n", suite.Element("system-err")!.Value);
            });
            Assert.Contains("Resources: " + PartialRead.NatArn, xml, StringComparison.Ordinal);
            Assert.DoesNotContain("\"incomplete\"", Render(PartialRead.Complete(PartialRead.NatFinding()), new ReportOptions(When, hostName: "h")), StringComparison.Ordinal);
        }

        [Fact]
        public void The_suites_about_people_carry_each_entrypoints_truck_factor_and_stay_valid()
        {
            var xml = Render(Analysed.Load(RepositoryPaths.Example(Path.Combine("personnel", "payments.yaml"))).Report, new ReportOptions(When, hostName: "h"));
            Validate(xml);

            foreach (var suite in XDocument.Parse(xml).Root!.Elements("testsuite"))
            {
                var factors = suite.Element("properties")!.Elements("property").Where(p => ((string?)p.Attribute("name"))!.StartsWith("truckFactor:", StringComparison.Ordinal));
                var aboutPeople = suite.Attribute("name")!.Value is "payments.PersonnelDependency" or "payments.KnowledgeConcentration";
                Assert.Equal(aboutPeople ? new[] { "truckFactor:api=1" } : Array.Empty<string>(), factors.Select(p => $"{p.Attribute("name")!.Value}={p.Attribute("value")!.Value}"));
            }
        }

        [Theory]
        [InlineData("db\u0001x", "db\\x01x")]
        [InlineData("db\u001b[31mx", "db\\e[31mx")]
        [InlineData("db\uFFFEx", "db\\uFFFEx")]
        [InlineData("db\uFFFFx", "db\\uFFFFx")]
        public void A_name_XML_cannot_hold_is_written_visibly_and_the_suite_says_so(string name, string shown)
        {
            var finding = new Finding(FindingKind.SinglePointOfFailure, Severity.Critical, name, TargetType.Component, new[] { "web" },
                new[] { "web", name }, new[] { name }, $"Add a replica of {name}.", "m", null);
            var xml = Render(new SpofReport("m", new[] { "web" }, new string[0], 2, new[] { finding }), new ReportOptions(When, Severity.High, hostName: "h"));
            Validate(xml);

            var suite = XDocument.Parse(xml).Descendants("testsuite").Single(s => s.Elements("testcase").Any());
            var testCase = suite.Element("testcase")!;
            Assert.Equal(shown, testCase.Attribute("name")!.Value);
            Assert.Contains($"Add a replica of {shown}.", testCase.Element("failure")!.Attribute("message")!.Value, StringComparison.Ordinal);
            Assert.Contains("are written as \\e, \\n", suite.Element("system-err")!.Value, StringComparison.Ordinal);
            Assert.All(XDocument.Parse(xml).Descendants("testsuite").Where(s => !s.Elements("testcase").Any()),
                s => Assert.Equal(string.Empty, s.Element("system-err")!.Value));
        }

        private static string Render(SpofReport report, ReportOptions options)
        {
            var text = new StringWriter();
            ReportRenderer.Write(new ReportSelection(report), ReportFormat.JUnit, text, options);
            return text.ToString();
        }

        private static void Validate(string xml)
        {
            var schemas = new XmlSchemaSet();
            schemas.Add(null, RepositoryPaths.JUnitSchema());
            var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
            settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
            settings.ValidationEventHandler += (_, e) => throw new XmlSchemaValidationException(e.Message, e.Exception);
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }
        }
    }
}
