using System;
using System.Collections.Generic;
using System.IO;
using SpofAudit.Findings;
using SpofAudit.Model;
using SpofAudit.Rendering;

namespace SpofAudit.Pipeline
{
    /// <summary>
    /// What <see cref="ReportPipeline"/> returns: the selected findings, the report they belong to, the gate's verdict,
    /// and the rendering in the requested format, written straight to the face's writer so no copy of a large report
    /// is held.
    /// </summary>
    public sealed class ReportOutcome
    {
        private readonly ReportOptions _renderOptions;
        private readonly ReportFormat _format;

        internal ReportOutcome(SpofModel model, ReportSelection selection, ReportRequest request, GateVerdict gate)
        {
            Model = model;
            Selection = selection;
            Gate = gate;
            _format = request.Format;
            _renderOptions = new ReportOptions(request.GeneratedAt, request.FailOn, model);
        }

        public SpofModel Model { get; }

        /// <summary>The report after accepted risks and baseline, with the filter's selection of it.</summary>
        public ReportSelection Selection { get; }

        /// <summary>The selected findings: every step applied.</summary>
        public IReadOnlyList<Finding> Findings => Selection.Findings;

        /// <summary>How many findings the baseline already held (left out).</summary>
        public int InBaseline => Selection.InBaseline;

        public GateVerdict Gate { get; }

        /// <summary>Writes the report in the requested format.</summary>
        public void Render(TextWriter writer)
        {
            if (writer == null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            ReportRenderer.Write(Selection, _format, writer, _renderOptions);
        }
    }
}
