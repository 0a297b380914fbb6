using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Rendering.Html;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A report as one self-contained HTML page for the people who act on it: a summary (counts by kind and
    /// severity, the model, when and from what it was made, the truck factors), a findings table that sorts and filters
    /// by kind and severity, each finding's path and recommendation, per entrypoint the people who can operate what it
    /// needs and the evidence behind them, and a dependency diagram with the risks marked.
    /// Style, script and diagram are inline; nothing is fetched, and the page's policy forbids fetching.
    /// </summary>
    public static class ReportHtmlWriter
    {
        private static readonly Severity[] Severities = ((Severity[])Enum.GetValues(typeof(Severity))).Reverse().ToArray();
        private static readonly IReadOnlyList<FindingKind> Kinds = FindingRules.Kinds;

        public static void Write(ReportSelection selection, ReportOptions options, TextWriter writer)
        {
            var report = selection.Report;
            var findings = selection.Findings;
            var model = HtmlText.Escape(report.Model);
            writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
            writer.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{HtmlAssets.ContentSecurityPolicy}\">\n");
            writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            writer.Write($"<meta name=\"generator\" content=\"SpofAudit\">\n<title>SpofAudit report: {model}</title>\n");
            writer.Write($"<style>{HtmlAssets.Css}</style>\n</head>\n<body>\n");
            writer.Write($"<header>\n<h1>Single points of failure: {model}</h1>\n");
            var sources = report.Sources.Count == 0 ? "findings given without their source" : string.Join(", ", report.Sources);
            writer.Write($"<p class=\"meta\" id=\"provenance\">Generated {HtmlText.Escape(options.GeneratedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture))} on {HtmlText.Escape(options.HostName)} from {HtmlText.Escape(sources)}.</p>\n</header>\n");

            WriteSummary(selection, writer);
            WriteFindings(findings, writer);
            PeopleSection.Write(report.TruckFactors, writer);
            WriteDiagram(selection, options, writer);
            writer.Write($"<script>{HtmlAssets.Script}</script>\n</body>\n</html>\n");
        }

        private static void WriteSummary(ReportSelection selection, TextWriter writer)
        {
            var findings = selection.Findings;
            writer.Write("<section id=\"summary\">\n<h2>Summary</h2>\n");
            writer.Write($"<p id=\"verdict\">{HtmlText.Escape(ReportSummary.Describe(selection))}</p>\n");
            foreach (var line in selection.Report.Provenance.IncompleteLines)
            {
                writer.Write($"<p class=\"incomplete\">Incomplete inventory: {HtmlText.Escape(line)}</p>\n");
            }

            if (selection.Report.Entrypoints.Count > 0)
            {
                writer.Write($"<p>Entrypoints: {HtmlText.Escape(string.Join(", ", selection.Report.Entrypoints))}.</p>\n");
            }

            if (TruckFactorSummary.ReportLine(selection.Report.TruckFactors) is { } truckFactors)
            {
                writer.Write($"<p id=\"truck-factors\">{HtmlText.Escape(truckFactors)}</p>\n");
            }

            writer.Write("<table class=\"counts\" id=\"by-severity\"><thead><tr><th>Severity</th><th>Findings</th></tr></thead><tbody>\n");
            foreach (var severity in Severities)
            {
                writer.Write($"<tr data-severity=\"{severity}\"><td><span class=\"sev sev-{severity}\">{severity}</span></td><td class=\"n\">{findings.Count(f => f.Severity == severity)}</td></tr>\n");
            }

            writer.Write("</tbody></table>\n<table class=\"counts\" id=\"by-kind\"><thead><tr><th>Kind</th><th>Findings</th></tr></thead><tbody>\n");
            foreach (var kind in Kinds)
            {
                writer.Write($"<tr data-kind=\"{kind}\"><td title=\"{HtmlText.Escape(FindingRules.Of(kind).Description)}\">{kind}</td><td class=\"n\">{findings.Count(f => f.Kind == kind)}</td></tr>\n");
            }

            writer.Write("</tbody></table>\n</section>\n");
        }

        private static void WriteFindings(System.Collections.Generic.IReadOnlyList<Finding> findings, TextWriter writer)
        {
            writer.Write("<section id=\"findings-section\">\n<h2>Findings</h2>\n<div id=\"filters\">\n<fieldset><legend>Severity</legend>");
            foreach (var severity in Severities)
            {
                writer.Write($"<label><input type=\"checkbox\" data-filter=\"severity\" value=\"{severity}\" checked> {severity} ({findings.Count(f => f.Severity == severity)})</label>");
            }

            writer.Write("</fieldset>\n<fieldset><legend>Kind</legend>");
            foreach (var kind in Kinds)
            {
                writer.Write($"<label><input type=\"checkbox\" data-filter=\"kind\" value=\"{kind}\" checked> {kind} ({findings.Count(f => f.Kind == kind)})</label>");
            }

            writer.Write($"</fieldset>\n<p>Showing <span id=\"shown-count\">{findings.Count}</span> of {findings.Count} findings.</p>\n</div>\n");
            writer.Write("<table id=\"findings\">\n<thead><tr>");
            writer.Write("<th data-sort=\"severity\" aria-sort=\"descending\"><button type=\"button\">Severity</button></th>");
            writer.Write("<th data-sort=\"kind\" aria-sort=\"none\"><button type=\"button\">Kind</button></th>");
            writer.Write("<th data-sort=\"target\" aria-sort=\"none\"><button type=\"button\">Target</button></th>");
            writer.Write("<th>Affects</th><th>Path</th><th>Recommendation</th></tr></thead>\n<tbody>\n");
            for (var i = 0; i < findings.Count; i++)
            {
                WriteRow(findings[i], i, writer);
            }

            writer.Write("</tbody>\n</table>\n</section>\n");
        }

        private static void WriteRow(Finding f, int order, TextWriter writer)
        {
            var target = HtmlText.Escape(f.Target);
            writer.Write($"<tr id=\"finding-{order}\" data-id=\"{HtmlText.Escape(f.Id)}\" data-kind=\"{f.Kind}\" data-severity=\"{f.Severity}\" data-rank=\"{(int)f.Severity}\" data-target=\"{target}\" data-order=\"{order}\"{(f.IsSuppressed ? " class=\"suppressed\"" : string.Empty)}>");
            writer.Write($"<td><span class=\"sev sev-{f.Severity}\">{f.Severity}</span></td>");
            writer.Write($"<td title=\"{HtmlText.Escape(FindingRules.Of(f.Kind).Description)}\">{f.Kind}</td>");
            writer.Write($"<td><code>{target}</code><span class=\"type\">{f.TargetType}</span>");
            if (f.Location != null)
            {
                writer.Write($"<span class=\"loc\">{HtmlText.Escape(f.Location.ToString())}</span>");
            }

            writer.Write($"</td><td>{HtmlText.Escape(f.Affects.ToString())}</td>");
            writer.Write($"<td class=\"path\">{HtmlText.Escape(string.Join(" → ", f.Path))}</td>");
            writer.Write($"<td>{HtmlText.Escape(f.Recommendation)}");
            if (f.Suppression is { } s)
            {
                writer.Write($"<span class=\"accepted\">{HtmlText.Escape(s.Describe())}</span>");
            }

            writer.Write("</td></tr>\n");
        }

        private static void WriteDiagram(ReportSelection selection, ReportOptions options, TextWriter writer)
        {
            writer.Write("<section id=\"diagram-section\">\n<h2>Dependency diagram</h2>\n");
            var diagram = DependencyDiagram.Build(selection.Findings, options.Model, selection.Report.Entrypoints, PeopleSection.SoleOperated(selection.Report.TruckFactors));
            if (diagram.Nodes.Count == 0)
            {
                writer.Write("<p class=\"note\">Nothing to draw: no findings and no model.</p>\n</section>\n");
                return;
            }

            writer.Write("<p class=\"legend\">Arrows point from a component to what it depends on (dashed: soft dependency). ");
            foreach (var (mark, text) in new[] { ("entrypoint", "entrypoint"), ("spof", "single point of failure"), ("zone-risk", "single-zone risk"), ("region-risk", "single-region risk"), ("personnel-risk", "personnel dependency"), (PeopleSection.SoleOperatorMark, "only one person can operate it"), ("redundancy-risk", "failover, quorum or data-loss risk"), ("degradation", "degradation") })
            {
                writer.Write($"<span><i class=\"{mark}\"></i>{text}</span>");
            }

            writer.Write("</p>\n");
            if (diagram.Note != null)
            {
                writer.Write($"<p class=\"note\" id=\"diagram-note\">{HtmlText.Escape(diagram.Note)}</p>\n");
            }

            writer.Write("<div class=\"diagram-scroll\">\n");
            SvgDiagramWriter.Write(diagram, writer);
            writer.Write("</div>\n</section>\n");
        }
    }
}
