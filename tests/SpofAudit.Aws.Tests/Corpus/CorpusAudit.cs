using System.Collections.Generic;
using System.Linq;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Aws.Tests.Corpus
{
    /// <summary>
    /// One offline audit of corpus files, as <c>spofaudit report FILES</c> runs it: the model, its findings as
    /// "Severity Kind/Target" lines, the warnings, and the error when the files cannot be audited.
    /// </summary>
    internal sealed class CorpusAudit
    {
        private CorpusAudit(SpofModel? model, SpofReport? report, IReadOnlyList<string> warnings, SpofInputException? error)
        {
            Model = model;
            Report = report;
            Warnings = warnings;
            Error = error;
        }

        public SpofModel? Model { get; }
        public SpofReport? Report { get; }
        public IReadOnlyList<string> Warnings { get; }
        public SpofInputException? Error { get; }

        /// <summary>"High SinglePointOfFailure/web", sorted, accepted risks excluded.</summary>
        public string[] Findings =>
            Report!.Findings.Select(f => $"{f.Severity} {f.Id}").OrderBy(s => s, System.StringComparer.Ordinal).ToArray();

        public string[] Unread => Model!.Provenance.Unread.Select(u => u.Description).ToArray();

        public string ErrorText => string.Join(" | ", Error!.Diagnostics.Select(d => d.ToString()));

        public static CorpusAudit Of(params string[] names)
        {
            var host = new RecordingHost();
            try
            {
                var model = AwsModelSource.FromFiles(AwsCorpus.Files(names), host);
                return new CorpusAudit(model, new SpofAnalyzer().Analyze(model), host.Warnings, null);
            }
            catch (SpofInputException e)
            {
                return new CorpusAudit(null, null, host.Warnings, e);
            }
        }
    }
}
