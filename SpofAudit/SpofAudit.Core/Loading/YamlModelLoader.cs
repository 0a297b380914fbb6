using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// The strict loader for <c>spofaudit/v1</c> YAML (docs/design.md §3, §7). A typo in an audit input silently hides a
    /// risk, so unknown keys, duplicate keys, wrong types, unknown names and empty documents are all errors, each
    /// with file, line, column, the culprit, what was expected and a "did you mean" where one exists.
    /// </summary>
    /// <remarks>
    /// <para>Each file holds exactly one YAML document whose root is a mapping with <c>apiVersion: spofaudit/v1</c>.
    /// Several files merge into one model: entrypoints are united in order of first appearance; regions, people,
    /// teams and components are combined, and a name defined in two files is a <c>DuplicateName</c> error naming
    /// both places; <c>name</c> comes from the first file that has one, else the first file's name without
    /// extension.</para>
    /// <para>YAML is read from the parser's events into a small tree, never through a deserializer, so input size,
    /// nesting depth and alias expansion are bounded by <see cref="LoaderLimits"/> before they can cost much.
    /// Aliases are allowed; merge keys (<c>&lt;&lt;</c>) and explicit tags are not.</para>
    /// <para>Every user mistake is thrown as <see cref="SpofInputException"/> carrying all diagnostics found
    /// (reading continues past a bad file or value to report as many as it can).</para>
    /// </remarks>
    public sealed class YamlModelLoader
    {
        // Its preamble makes StreamReader skip a UTF-8 byte-order mark; detecting marks instead would swap in a decoder
        // that replaces invalid bytes silently (and read UTF-16), so a file with a mark escaped the strict check.
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

        // Components are read as they stream past rather than kept as one tree (see TreeBuilder).
        private const string StreamedKey = "components";

        private readonly LoaderLimits _limits;

        public YamlModelLoader(LoaderLimits? limits = null)
        {
            _limits = limits ?? LoaderLimits.Default;
        }

        /// <summary>
        /// On-call schedule exports (PagerDuty, Opsgenie JSON) whose rotations operate the components: matched by a
        /// component's <c>oncall:</c> key or by its name (docs/design.md §3).
        /// </summary>
        public IReadOnlyList<string> OnCallExports { get; set; } = Array.Empty<string>();

        /// <summary>Loads and merges the files into one model.</summary>
        /// <exception cref="SpofInputException">Any problem with the files or their content.</exception>
        public SpofModel Load(IReadOnlyList<string> paths)
        {
            if (paths == null)
            {
                throw new ArgumentNullException(nameof(paths));
            }

            if (paths.Count == 0)
            {
                throw new SpofInputException(Diagnostic(DiagnosticCodes.NoInput, SourceLocation.None, "no input files were given"));
            }

            var builder = NewBuilder(paths[0]);
            LoadInto(builder, paths);
            return builder.Build();
        }

        /// <summary>Loads YAML text; <paramref name="fileName"/> names it in errors and gives the default model name.</summary>
        /// <exception cref="SpofInputException">Any problem with the content.</exception>
        public SpofModel LoadText(string yaml, string fileName)
        {
            if (yaml == null)
            {
                throw new ArgumentNullException(nameof(yaml));
            }

            var builder = NewBuilder(fileName);
            builder.AddSource(fileName);
            if (yaml.Length > _limits.MaxFileBytes || StrictUtf8.GetByteCount(yaml) > _limits.MaxFileBytes)
            {
                throw new SpofInputException(TooLarge(fileName));
            }

            var onCall = ReadOnCall(builder);
            ReadInto(builder, fileName, () => new StringReader(yaml), new NamePool(), onCall);
            onCall.Finish(builder);
            return builder.Build();
        }

        /// <summary>
        /// Reads one file into a builder that another source (a cloud inventory) also fills, without building: the
        /// caller builds once every source is in, so names may refer across sources. Problems are added to the
        /// builder and reported by its <see cref="ModelBuilder.Build"/>.
        /// </summary>
        public void LoadInto(ModelBuilder builder, string path) => LoadInto(builder, new[] { path });

        /// <summary>
        /// Several files into one builder, as <see cref="LoadInto(ModelBuilder, string)"/>: the on-call exports are read
        /// once for all of them, so a schedule one file's component takes is not reported unmatched by another file.
        /// </summary>
        public void LoadInto(ModelBuilder builder, IReadOnlyList<string> paths)
        {
            if (builder == null)
            {
                throw new ArgumentNullException(nameof(builder));
            }

            if (paths == null)
            {
                throw new ArgumentNullException(nameof(paths));
            }

            var names = new NamePool();
            var onCall = ReadOnCall(builder);
            foreach (var path in paths)
            {
                builder.AddSource(path);
                ReadInto(builder, path, () => OpenFile(path), names, onCall);
            }

            onCall.Finish(builder);
        }

        private OnCall.OnCallExports ReadOnCall(ModelBuilder builder)
        {
            var diagnostics = new List<SpofDiagnostic>();
            var exports = OnCall.OnCallExports.Read(OnCallExports, diagnostics);
            foreach (var diagnostic in diagnostics)
            {
                builder.AddDiagnostic(diagnostic);
            }

            return exports;
        }

        private ModelBuilder NewBuilder(string firstFile) =>
            new ModelBuilder(_limits.MaxInstances) { FallbackName = ModelBuilder.NameFromPath(firstFile) };

        /// <summary>Reads one file into the builder; its problems are handed to the builder, never thrown from here.</summary>
        private void ReadInto(ModelBuilder builder, string file, Func<TextReader> open, NamePool names, OnCall.OnCallExports? onCall = null)
        {
            var diagnostics = new List<SpofDiagnostic>();
            try
            {
                if (!TryReadFast(file, open, names, onCall, out var root, out var components))
                {
                    components = new ComponentCollector(file, names, onCall);
                    using var reader = open();
                    root = ParserEventReader.Read(reader, new TreeBuilder(file, _limits, diagnostics, StreamedKey, components.Accept));
                }

                DocumentReader.Read(new ReadContext(file, diagnostics, names), root, builder, components);
            }
            catch (SpofInputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
            catch (Exception e) when (FileReadFailure.TryDescribe(e, file, _limits.MaxFileBytes, "file", out var failure))
            {
                diagnostics.Add(failure);
            }

            foreach (var diagnostic in diagnostics)
            {
                builder.AddDiagnostic(diagnostic);
            }
        }

        /// <summary>
        /// Reads the file with <see cref="FastYamlReader"/>. False when it is beyond that reader's subset or has
        /// anything to report: then the complete reader reads it again, so every error is worded one way.
        /// </summary>
        private bool TryReadFast(string file, Func<TextReader> open, NamePool names, OnCall.OnCallExports? onCall, out Node root, out ComponentCollector components)
        {
            components = new ComponentCollector(file, names, onCall);
            var diagnostics = new List<SpofDiagnostic>();
            try
            {
                using var reader = open();
                root = FastYamlReader.Read(reader, new TreeBuilder(file, _limits, diagnostics, StreamedKey, components.Accept));
                return diagnostics.Count == 0;
            }
            catch (Exception e) when (e is UnsupportedYamlException || e is SpofInputException)
            {
                root = null!;
                return false;
            }
        }

        private TextReader OpenFile(string path)
        {
            if (Directory.Exists(path))
            {
                throw new SpofInputException(Diagnostic(DiagnosticCodes.ReadError, new SourceLocation(path, 0, 0), "is a directory, not a YAML file"));
            }

            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            try
            {
                // Checked before reading a byte; the bounded reader covers streams of unknown length.
                if (stream.CanSeek && stream.Length > _limits.MaxFileBytes)
                {
                    throw new SpofInputException(TooLarge(path, stream.Length));
                }

                var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
                return new BoundedTextReader(text, _limits.MaxFileBytes, path);
            }
            catch
            {
                stream.Dispose();
                throw;
            }
        }

        private SpofDiagnostic TooLarge(string file, long? size = null) => Diagnostic(
            DiagnosticCodes.InputTooLarge,
            new SourceLocation(file, 0, 0),
            (size == null ? "input is larger than" : $"file is {size} bytes, more than") + $" the limit of {_limits.MaxFileBytes} bytes");

        private static SpofDiagnostic Diagnostic(string code, SourceLocation location, string message) =>
            new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), location, message);
    }
}
