using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Loading;
using SpofAudit.Rendering;
using SpofAudit.Model;
using SpofAudit.Analysis;
using SpofAudit.Sources;
using SpofAudit.Sourcing;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// What every SpofAudit cmdlet shares: Ctrl+C cancellation, the engine host, path resolution and
    /// the translation of input mistakes into ErrorRecords. Cmdlets stay thin: bind, call the core, write.
    /// </summary>
    public abstract class SpofCommandBase : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private CmdletHost? _engineHost;

        /// <summary>The core's view of this cmdlet (warnings, verbose, progress, cancellation).</summary>
        internal CmdletHost EngineHost => _engineHost ??= new CmdletHost(this, _stopping.Token);

        internal CancellationToken StopToken => _stopping.Token;

        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>Ctrl+C: cancel whatever the core is doing; the engine then stops the pipeline.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Resolves every path; writes an error for each bad one and returns null if there was any.</summary>
        /// <param name="what">What the paths name, for the errors (see <see cref="InputPathResolver"/>).</param>
        internal IReadOnlyList<string>? ResolveInputFiles(IEnumerable<string> paths, bool literal, string what = InputPathResolver.ArchitectureFile)
        {
            var files = new List<string>();
            var errors = new List<ErrorRecord>();
            var resolver = new InputPathResolver(this, what);
            foreach (var path in paths)
            {
                resolver.Resolve(path, literal, files, errors);
            }

            foreach (var error in errors)
            {
                WriteError(error);
            }

            // A merged model missing one of its files would be wrong, not just smaller: load all or nothing.
            return errors.Count > 0 ? null : files.Distinct(StringComparer.Ordinal).ToArray();
        }

        /// <summary>Loads and merges architecture files; null (errors written) when the input is bad.</summary>
        /// <param name="evidence">Backstage catalogs and on-call exports (-Catalog, -OnCallSchedule), already resolved.</param>
        internal SpofModel? LoadModel(IReadOnlyList<string> files, EvidenceFiles? evidence = null)
        {
            EngineHost.WriteVerbose($"Loading the architecture from {string.Join(", ", files)}.");

            // YAML and Backstage catalogs with their evidence, or AWS / Azure exports with YAML overlays: the same dispatch as the CLI's.
            return ReadModel(ModelSources.Files(files, evidence ?? EvidenceFiles.None), failureTarget: string.Join(",", files));
        }

        /// <summary>
        /// Resolves the evidence files a cmdlet takes beside the architecture (-Catalog, -OnCallSchedule; wildcards
        /// allowed); null (errors written for every bad path) when one names no file.
        /// </summary>
        internal EvidenceFiles? ResolveEvidence(IReadOnlyList<string> catalogPaths, IReadOnlyList<string> onCallPaths)
        {
            var catalogs = catalogPaths.Count == 0 ? Array.Empty<string>() : ResolveInputFiles(catalogPaths, literal: false, InputPathResolver.BackstageCatalog);
            var onCall = onCallPaths.Count == 0 ? Array.Empty<string>() : ResolveInputFiles(onCallPaths, literal: false, InputPathResolver.OnCallExport);
            return catalogs == null || onCall == null ? null : new EvidenceFiles(catalogs, onCall);
        }

        /// <summary>
        /// Reads a model from any source; null (errors written) when it cannot. Warnings and progress of the read,
        /// even from a live read's worker threads, are written on the pipeline thread.
        /// </summary>
        /// <param name="failureTarget">The TargetObject of the error when a live source fails as a whole (the profile, the regions).</param>
        internal SpofModel? ReadModel(IModelSource source, object failureTarget)
        {
            try
            {
                return RunCore(
                    () => new PipelineThreadHost(EngineHost).Run(host => source.ReadAsync(host, StopToken)),
                    diagnostic => diagnostic.Location.File);
            }
            catch (SourceFailureException e)
            {
                WriteError(SourceErrorRecords.From(e, failureTarget));
                return null;
            }
        }

        /// <summary>
        /// Resolves a PowerShell path that must name one existing file (an accepted-risk file, a baseline report);
        /// null (error written) when it names none or several.
        /// </summary>
        /// <param name="what">What the file is, for the error: "suppression file", "baseline report".</param>
        internal string? ResolveSingleFile(string path, string what)
        {
            var files = ResolveInputFiles(new[] { path }, literal: false, what);
            if (files == null)
            {
                return null;
            }

            if (files.Count != 1)
            {
                WriteError(InputErrorRecords.Create(
                    ErrorIds.AmbiguousPath, ErrorCategory.InvalidArgument, path, $"'{path}' matches {files.Count} files; name one {what}."));
                return null;
            }

            return files[0];
        }

        internal SpofReport Analyze(SpofModel model) => Analyze(model, AnalysisOptions.Default);

        internal SpofReport Analyze(SpofModel model, AnalysisOptions options) =>
            RunCancellable(() => new SpofAnalyzer().Analyze(model, options, StopToken));

        /// <summary>
        /// Runs a core call; input mistakes become one ErrorRecord per diagnostic, with the target chosen by
        /// <paramref name="targetOf"/>, and the result is null.
        /// </summary>
        internal T? RunCore<T>(Func<T> operation, Func<SpofDiagnostic, object> targetOf)
            where T : class
        {
            try
            {
                return RunCancellable(operation);
            }
            catch (SpofInputException e)
            {
                foreach (var diagnostic in e.Diagnostics)
                {
                    WriteError(InputErrorRecords.FromDiagnostic(diagnostic, targetOf(diagnostic)));
                }

                return null;
            }
        }

        private T RunCancellable<T>(Func<T> operation)
        {
            try
            {
                return operation();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                // The engine's own signal that the pipeline was stopped: no error record, no stack trace.
                throw new PipelineStoppedException();
            }
        }
    }
}
