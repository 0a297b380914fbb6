using SpofAudit.Diagnostics;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using SpofAudit.Findings;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A report as Ant JUnit XML, the shape CI servers show as test results: one test suite per rule (finding
    /// kind, every rule listed so a clean run shows what was checked), one test case per rule and target. A
    /// finding at or above the gate's threshold is a failure, an accepted (suppressed) one is skipped with its
    /// justification, one below the threshold passes. The PersonnelDependency and KnowledgeConcentration suites carry
    /// each entrypoint's truck factor as a property (<c>truckFactor:api</c>) when the model names owners. XML 1.0 cannot hold control characters, lone surrogates, U+FFFE or
    /// U+FFFF at all (not even as character references): they are written as visible escapes (<see cref="VisibleText.ForXml"/>)
    /// and a suite that holds one says so in its <c>system-err</c>, instead of the writer failing half-way.
    /// </summary>
    public static class ReportJUnitWriter
    {
        private static readonly IReadOnlyList<FindingKind> Rules = FindingRules.Kinds;

        public static void Write(ReportSelection selection, ReportOptions options, TextWriter writer)
        {
            // The declaration is written by hand: XmlWriter would take its encoding from the TextWriter (UTF-16
            // for a StringWriter), while every face saves reports as UTF-8.
            writer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = true };
            using (var xml = XmlWriter.Create(writer, settings))
            {
                var model = selection.Report.Model;
                var byRule = selection.Findings.ToLookup(f => f.Kind);
                var incomplete = selection.Report.Provenance.IncompleteLines;
                xml.WriteStartElement("testsuites");
                for (var i = 0; i < Rules.Count; i++)
                {
                    WriteSuite(xml, i, Rules[i], byRule[Rules[i]].ToArray(), model, options, incomplete, selection.Report.TruckFactors);
                }

                xml.WriteEndElement();
            }

            writer.Write('\n');
        }

        private static void WriteSuite(
            XmlWriter xml, int id, FindingKind rule, IReadOnlyList<Finding> findings, string model, ReportOptions options, IReadOnlyList<string> incomplete,
            IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            var replaced = false;
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Text($"{model}.{rule}", ref replaced));
            xml.WriteAttributeString("package", "spofaudit");
            xml.WriteAttributeString("id", id.ToString(CultureInfo.InvariantCulture));

            // The schema's timestamp has no zone: written in UTC.
            xml.WriteAttributeString("timestamp", options.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("hostname", Text(options.HostName, ref replaced));
            xml.WriteAttributeString("tests", Count(findings.Count));
            xml.WriteAttributeString("failures", Count(findings.Count(options.Fails)));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", Count(findings.Count(f => f.IsSuppressed)));
            xml.WriteAttributeString("time", "0");

            xml.WriteStartElement("properties");
            Property(xml, "model", model, ref replaced);
            Property(xml, "failOn", (options.FailOn ?? Severity.Info).ToString(), ref replaced);

            // A partial read is said in every suite: a passing rule only speaks for the part of the inventory that was read.
            foreach (var line in incomplete)
            {
                Property(xml, "incomplete", line, ref replaced);
            }

            // The rules about people say what they add up to: each entrypoint's truck factor.
            if ((rule == FindingKind.PersonnelDependency || rule == KnowledgeConcentrationRule.KnowledgeConcentration) && TruckFactorSummary.ReportLine(truckFactors) != null)
            {
                foreach (var factor in truckFactors)
                {
                    Property(xml, "truckFactor:" + factor.Entrypoint, factor.TruckFactor is int value ? value.ToString(CultureInfo.InvariantCulture) : "unknown", ref replaced);
                }
            }

            xml.WriteEndElement();

            foreach (var finding in findings)
            {
                WriteCase(xml, finding, model, options, ref replaced);
            }

            xml.WriteElementString("system-out", string.Empty);
            var errors = string.Concat(incomplete.Select(line => "Incomplete inventory: " + line + "\n"));
            if (replaced)
            {
                errors += "Names in this suite hold " + VisibleText.EscapeNote + ".\n";
            }

            xml.WriteElementString("system-err", Text(errors, ref replaced));
            xml.WriteEndElement();
        }

        private static void WriteCase(XmlWriter xml, Finding finding, string model, ReportOptions options, ref bool replaced)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", Text(finding.Target, ref replaced));
            xml.WriteAttributeString("classname", Text($"spofaudit.{model}.{finding.Kind}", ref replaced));
            xml.WriteAttributeString("time", "0");
            if (finding.Suppression is { } suppression)
            {
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", Text($"Accepted risk ({suppression.Owner}): {suppression.Justification}", ref replaced));
                xml.WriteEndElement();
            }
            else if (options.Fails(finding))
            {
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", Text($"{finding.Severity} {finding.Id}: {finding.Recommendation}", ref replaced));
                xml.WriteAttributeString("type", finding.Severity.ToString());
                xml.WriteString(Text(Details(finding), ref replaced));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        private static string Details(Finding finding)
        {
            var lines = new List<string>
            {
                $"Affects: {finding.Affects}",
                $"Path: {string.Join(" -> ", finding.Path)}",
                $"Components: {finding.Components}",
            };
            if (finding.Location != null)
            {
                lines.Add($"Defined at: {finding.Location}");
            }

            if (finding.ResourceIds.Count > 0)
            {
                lines.Add($"Resources: {string.Join(", ", finding.ResourceIds)}");
            }

            lines.Add($"Recommendation: {finding.Recommendation}");
            return string.Join("\n", lines);
        }

        private static void Property(XmlWriter xml, string name, string value, ref bool replaced)
        {
            xml.WriteStartElement("property");
            xml.WriteAttributeString("name", name);
            xml.WriteAttributeString("value", Text(value, ref replaced));
            xml.WriteEndElement();
        }

        private static string Text(string value, ref bool replaced)
        {
            var text = VisibleText.ForXml(value, out var any);
            replaced |= any;
            return text;
        }

        private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
