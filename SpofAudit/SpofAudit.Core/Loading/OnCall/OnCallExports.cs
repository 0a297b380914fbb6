using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.OnCall
{
    /// <summary>
    /// The on-call schedule exports given with a model (<c>--oncall</c>, <c>-OnCallSchedule</c>), read once, all one source
    /// of the model. A file in neither provider's shape is an unread part (a warning and an <c>incomplete</c> entry),
    /// never a guess; a file that is not JSON, or a recognised export with a mistyped field, is an error at
    /// file:line:column.
    /// </summary>
    internal sealed class OnCallExports
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly List<OnCallSchedule> _schedules = new List<OnCallSchedule>();
        private readonly HashSet<OnCallSchedule> _matched = new HashSet<OnCallSchedule>();
        private readonly List<UnreadPart> _unread = new List<UnreadPart>();
        private readonly InventorySource _source;

        private OnCallExports(IReadOnlyList<string> paths)
        {
            _source = new InventorySource(
                InventorySourceKind.ExportFile,
                paths.Count == 0 ? "on-call exports: none given" : "on-call exports: " + string.Join(", ", paths),
                paths);
        }

        /// <summary>The schedules read, in file order.</summary>
        public IReadOnlyList<OnCallSchedule> Schedules => _schedules;

        /// <summary>Reads every file; errors go to <paramref name="diagnostics"/>, what is not understood to the unread parts.</summary>
        public static OnCallExports Read(IReadOnlyList<string> paths, ICollection<SpofDiagnostic> diagnostics)
        {
            var exports = new OnCallExports(paths);
            foreach (var path in paths)
            {
                try
                {
                    exports.ReadFile(path);
                }
                catch (SpofInputException e)
                {
                    foreach (var diagnostic in e.Diagnostics)
                    {
                        diagnostics.Add(diagnostic);
                    }
                }
            }

            return exports;
        }

        /// <summary>
        /// Adds to the component the rotations of the schedules its <c>oncall:</c> names or, without the key, those that
        /// serve a component of its name: the rotation's people join its owners, each with the rotation as evidence.
        /// </summary>
        public void Apply(ComponentSpec spec, ModelBuilder builder)
        {
            var schedules = spec.OnCall is NameReference key
                ? _schedules.Where(s => s.IsNamed(key.Name)).ToArray()
                : _schedules.Where(s => s.Serves(spec.Name)).ToArray();
            if (schedules.Length == 0)
            {
                if (spec.OnCall is NameReference named)
                {
                    var given = _source.Names.Count == 0 ? "no on-call export was given" : "none of the on-call exports given has it";
                    _unread.Add(new UnreadPart(_source, spec.Name, "on-call schedule " + named.Name, "not found",
                        $"{spec.Name}: oncall names schedule '{named.Name}' at {named.Location}, but {given} (--oncall, -OnCallSchedule), so who is on call for it is not known"));
                }

                return;
            }

            var owners = spec.Owners.ToList();
            var known = new HashSet<string>(owners.Select(o => o.Name), StringComparer.Ordinal);
            var evidence = spec.Evidence.ToList();
            var rotations = spec.OnCallRotations.ToList();
            foreach (var schedule in schedules)
            {
                _matched.Add(schedule);
                var rotation = schedule.Rotation;
                rotations.Add(rotation);
                if (!rotation.CoverageKnown)
                {
                    _unread.Add(new UnreadPart(_source, spec.Name, "on-call coverage of " + rotation.Describe(), "no shifts",
                        $"{spec.Name}: {rotation.Source.File} lists who is in {rotation.Describe()} but no shifts (export it with since and until), so gaps in its coverage are not known"));
                }

                foreach (var person in rotation.People)
                {
                    evidence.Add(Evidence(spec.Name, rotation, person));
                    if (known.Add(person))
                    {
                        var reference = new NameReference(person, rotation.Source);
                        owners.Add(reference);
                        builder.AddEvidencedOwner(reference);
                    }
                }
            }

            spec.Owners = owners;
            spec.Evidence = evidence;
            spec.OnCallRotations = rotations;
        }

        /// <summary>
        /// Registers the source with what it could not give: files in an unknown shape, schedules named but missing, and
        /// schedules no component took (a name that matches nothing is an audit gap, not a detail).
        /// </summary>
        public void Finish(ModelBuilder builder)
        {
            if (_source.Names.Count == 0 && _unread.Count == 0)
            {
                return;
            }

            builder.AddSource(_source);
            foreach (var part in _unread)
            {
                builder.AddUnread(part);
            }

            foreach (var schedule in _schedules.Where(s => !_matched.Contains(s)))
            {
                var rotation = schedule.Rotation;
                builder.AddUnread(new UnreadPart(_source, rotation.Source.File, rotation.Describe(), "no component",
                    $"{rotation.Source}: {rotation.Describe()} matches no component by name; give the component it serves oncall: {rotation.Schedule}"));
            }
        }

        private static OperatorEvidence Evidence(string component, OnCallRotation rotation, string person)
        {
            var alone = rotation.People.Count == 1;
            var description = alone
                ? $"alone on the {component} rotation ({rotation.Describe()})"
                : $"on the {component} rotation ({rotation.Describe()}, {rotation.People.Count} people)";
            var remedy = alone ? "add a second member to that rotation" : "keep the rotation's handover notes and runbook current";
            return new OperatorEvidence(person, description, rotation.Source, remedy);
        }

        private void ReadFile(string path)
        {
            var text = ReadText(path);
            var fields = new ExportFields(path);
            JsonNode root;
            try
            {
                root = JsonParser.Parse(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
            }
            catch (JsonSyntaxException e)
            {
                throw fields.Error(new SourceLocation(path, e.Line, e.Column), DiagnosticCodes.InvalidValue, $"not valid JSON: {e.Message}");
            }

            if (PagerDutyExport.Recognises(root))
            {
                _schedules.Add(PagerDutyExport.Read(root, fields));
            }
            else if (OpsgenieTimelineExport.Recognises(root))
            {
                _schedules.Add(OpsgenieTimelineExport.Read(root, fields));
            }
            else
            {
                _unread.Add(new UnreadPart(_source, path, "on-call schedules", "unknown shape",
                    $"{path}: not a PagerDuty schedule (GET /schedules/{{id}} with since and until) or an Opsgenie timeline (GET /v2/schedules/{{id}}/timeline); its rotations were not read"));
            }
        }

        private static string ReadText(string path)
        {
            var at = new SourceLocation(path, 0, 0);
            try
            {
                if (Directory.Exists(path))
                {
                    throw Error(at, DiagnosticCodes.ReadError, "is a directory, not an on-call schedule export");
                }

                if (new FileInfo(path).Length > LoaderLimits.DefaultMaxFileBytes)
                {
                    throw Error(at, DiagnosticCodes.InputTooLarge, $"the on-call export is larger than {LoaderLimits.DefaultMaxFileBytes} bytes");
                }

                return File.ReadAllText(path, StrictUtf8);
            }
            catch (Exception e) when (FileReadFailure.TryDescribe(e, path, LoaderLimits.DefaultMaxFileBytes, "on-call export", out var failure))
            {
                throw new SpofInputException(failure);
            }
        }

        private static SpofInputException Error(SourceLocation at, string code, string message) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), at, message));
    }
}
