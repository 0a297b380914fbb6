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
using SpofAudit.Aws;
using SpofAudit.Sources;

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
        internal IReadOnlyList<string>? ResolveInputFiles(IEnumerable<string> paths, bool literal)
        {
            var files = new List<string>();
            var errors = new List<ErrorRecord>();
            var resolver = new InputPathResolver(this);
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
        internal SpofModel? LoadModel(IReadOnlyList<string> files)
        {
            EngineHost.WriteVerbose($"Loading the architecture from {string.Join(", ", files)}.");

            // YAML, or AWS / Azure exports with YAML overlays: the same dispatch as the CLI's.
            var model = RunCore(() => FileModelSource.Load(files, EngineHost), diagnostic => diagnostic.Location.File);
            DescribeModel(model);
            return model;
        }

        /// <summary>
        /// Reads a live AWS account (read-only) into a model; null (errors written) when it cannot. Warnings and
        /// progress of the read are written on the pipeline thread.
        /// </summary>
        internal SpofModel? LoadAwsModel(AwsAuditOptions options)
        {
            try
            {
                var model = RunCore(
                    () => new PipelineThreadHost(EngineHost).Run(host => AwsAudit.BuildModelAsync(options, host)),
                    diagnostic => diagnostic.Location.File);
                DescribeModel(model);
                return model;
            }
            catch (AwsAuditException e)
            {
                WriteError(AwsErrorRecords.From(e, options.ProfileName ?? (object)string.Join(",", options.Regions)));
                return null;
            }
        }

        /// <summary>The verbose line every source ends with (the CLI writes the same).</summary>
        internal void DescribeModel(SpofModel? model)
        {
            if (model != null)
            {
                EngineHost.WriteVerbose(ModelSummary.Describe(model));
            }
        }

        /// <summary>Reads an accepted-risk file named by a PowerShell path; null (errors written) when it is missing or bad.</summary>
        internal IReadOnlyList<Suppression>? LoadSuppressions(string path)
        {
            var files = ResolveInputFiles(new[] { path }, literal: false);
            if (files == null)
            {
                return null;
            }

            if (files.Count != 1)
            {
                WriteError(InputErrorRecords.Create(
                    ErrorIds.AmbiguousPath, ErrorCategory.InvalidArgument, path, $"'{path}' matches {files.Count} files; name one suppression file."));
                return null;
            }

            EngineHost.WriteVerbose($"Applying accepted risks from {files[0]}.");
            return RunCore(() => SuppressionFileReader.Load(files[0]), diagnostic => diagnostic.Location.File);
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
