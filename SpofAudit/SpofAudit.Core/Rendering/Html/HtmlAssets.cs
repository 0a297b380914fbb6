using System;
using System.Security.Cryptography;
using System.Text;

namespace SpofAudit.Rendering.Html
{
    /// <summary>
    /// The HTML report's style sheet and script, inlined into every page so it opens offline, from a mail
    /// attachment or a CI artifact, with no CDN. The page's Content-Security-Policy forbids any network access and
    /// runs no inline script but the report's own, named by its SHA-256 hash: a name that slipped past escaping could
    /// not run as script.
    /// </summary>
    internal static class HtmlAssets
    {
        // Browsers hash the script as parsed, after HTML turns CR LF into LF: the text written is the text hashed.
        public static readonly string Script = ScriptSource.Replace("\r\n", "\n");

        public static readonly string ContentSecurityPolicy =
            $"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{Sha256Base64(Script)}'; img-src data:";

        public const string Css = @"
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 0 auto; max-width: 1400px; padding: 16px 24px; color: #1d2330; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 24px 0 8px; border-bottom: 1px solid #d8dce4; padding-bottom: 4px; }
.meta { color: #555f70; margin: 0; }
#verdict { font-weight: 600; }
.counts { border-collapse: collapse; display: inline-table; margin: 0 24px 8px 0; vertical-align: top; }
.counts th, .counts td { border: 1px solid #d8dce4; padding: 3px 10px; text-align: left; } .counts td.n { text-align: right; }
#filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; margin-bottom: 8px; }
#filters fieldset { border: 1px solid #d8dce4; border-radius: 6px; padding: 4px 10px; } #filters label { margin-right: 10px; white-space: nowrap; }
#findings { border-collapse: collapse; width: 100%; }
#findings th, #findings td { border-bottom: 1px solid #e3e6ec; padding: 6px 8px; text-align: left; vertical-align: top; }
#findings th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; }
#findings th[aria-sort=ascending] button::after { content: ' \25B2'; } #findings th[aria-sort=descending] button::after { content: ' \25BC'; }
#findings tr.suppressed td { color: #6b7280; } .accepted { display: block; font-style: italic; margin-top: 4px; }
.sev { font-weight: 700; border-radius: 4px; padding: 1px 6px; }
.sev-Critical { background: #7f1d1d; color: #fff; } .sev-High { background: #dc2626; color: #fff; } .sev-Medium { background: #f59e0b; }
.sev-Low { background: #fde68a; } .sev-Info { background: #e5e7eb; }
.type, .loc { color: #555f70; font-size: 12px; display: block; } .path { font-family: ui-monospace, monospace; font-size: 12px; }
.diagram-scroll { overflow: auto; border: 1px solid #d8dce4; border-radius: 6px; background: #fafbfc; }
#diagram .edge { fill: none; stroke: #8a93a3; stroke-width: 1.3; } #diagram .edge.soft { stroke-dasharray: 5 4; }
#diagram .arrowhead { fill: #8a93a3; }
#diagram .node rect { fill: #fff; stroke: #9aa3b2; stroke-width: 1.2; }
#diagram .node text { font: 13px system-ui, sans-serif; text-anchor: middle; dominant-baseline: central; fill: #1d2330; }
#diagram .node.zone rect, #diagram .node.region rect, #diagram .node.domain rect, #diagram .node.person rect, #diagram .node.people rect { fill: #eef2f7; stroke-dasharray: 3 2; }
#diagram .node.entrypoint rect { stroke: #1d2330; stroke-width: 2.5; }
#diagram .node.truck-factor-1 rect { stroke: #1d4ed8; }
#diagram .node.degradation rect { fill: #fef3c7; stroke: #d97706; }
#diagram .node.personnel-risk rect { fill: #dbeafe; stroke: #2563eb; stroke-width: 2; }
#diagram .node.redundancy-risk rect { fill: #fce7f3; stroke: #db2777; stroke-width: 2; }
#diagram .node.region-risk rect { fill: #ede9fe; stroke: #7c3aed; stroke-width: 2; }
#diagram .node.zone-risk rect { fill: #ffedd5; stroke: #ea580c; stroke-width: 2; }
#diagram .node.spof rect { fill: #fee2e2; stroke: #dc2626; stroke-width: 2.5; }
#diagram .node.truck-factor-1 rect { stroke-width: 3; stroke-dasharray: 7 3; }
.legend span { display: inline-block; margin-right: 14px; } .legend i { display: inline-block; width: 14px; height: 10px; border: 2px solid; margin-right: 4px; vertical-align: middle; }
.legend .spof { background: #fee2e2; border-color: #dc2626; } .legend .zone-risk { background: #ffedd5; border-color: #ea580c; }
.legend .region-risk { background: #ede9fe; border-color: #7c3aed; } .legend .personnel-risk { background: #dbeafe; border-color: #2563eb; }
.legend .redundancy-risk { background: #fce7f3; border-color: #db2777; }
.legend .truck-factor-1 { background: #fff; border: 2px dashed #1d4ed8; }
.legend .degradation { background: #fef3c7; border-color: #d97706; } .legend .entrypoint { background: #fff; border-color: #1d2330; }
.note { color: #555f70; font-style: italic; }
.operators { border-collapse: collapse; margin-bottom: 8px; } .operators th, .operators td { border-bottom: 1px solid #e3e6ec; padding: 4px 8px; text-align: left; vertical-align: top; }
.operators td.n { text-align: right; } .operators tr.truck-factor-1 td { background: #eff6ff; } .members { display: block; color: #555f70; font-size: 12px; }
.evidence { margin: 0; padding-left: 16px; } h3 { font-size: 15px; margin: 16px 0 6px; }
";

        private const string ScriptSource = @"
(function () {
  'use strict';
  var table = document.getElementById('findings');
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
  function chosen(filter) {
    var set = {};
    boxes.forEach(function (b) { if (b.getAttribute('data-filter') === filter && b.checked) { set[b.value] = true; } });
    return set;
  }
  function applyFilters() {
    var severities = chosen('severity'), kinds = chosen('kind'), shown = 0;
    rows.forEach(function (r) {
      var visible = severities[r.getAttribute('data-severity')] === true && kinds[r.getAttribute('data-kind')] === true;
      r.hidden = !visible;
      if (visible) { shown++; }
    });
    document.getElementById('shown-count').textContent = String(shown);
  }
  boxes.forEach(function (b) { b.addEventListener('change', applyFilters); });
  var sortKey = 'severity', direction = -1;
  var headers = Array.prototype.slice.call(table.querySelectorAll('th[data-sort]'));
  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var key = th.getAttribute('data-sort');
      direction = key === sortKey ? -direction : (key === 'severity' ? -1 : 1);
      sortKey = key;
      rows.sort(function (a, b) {
        var order = Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
        var c = key === 'severity'
          ? Number(a.getAttribute('data-rank')) - Number(b.getAttribute('data-rank'))
          : a.getAttribute('data-' + key).localeCompare(b.getAttribute('data-' + key));
        return c !== 0 ? c * direction : order;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
      headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', direction > 0 ? 'ascending' : 'descending');
    });
  });
  applyFilters();
}());
";

        private static string Sha256Base64(string text)
        {
            using (var sha = SHA256.Create())
            {
                return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
            }
        }
    }
}
