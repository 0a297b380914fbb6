using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.OnCall
{
    /// <summary>
    /// Opsgenie's <c>GET /v2/schedules/{identifier}/timeline</c> response as a user saves it (<c>{"data": {...}}</c>): the
    /// final timeline's periods, over every rotation, are the shifts over the window <c>startDate</c>..<c>endDate</c>. A
    /// period whose recipient is <c>none</c> (Opsgenie's word for nobody) covers nothing; any other recipient (a user, a
    /// team, an escalation) is on call under its name.
    /// </summary>
    internal static class OpsgenieTimelineExport
    {
        public const string Provider = "Opsgenie";

        public static bool Recognises(JsonNode root) =>
            root.Get("data") is { Type: JsonNodeType.Object } data && data.Get("finalTimeline") != null;

        public static OnCallSchedule Read(JsonNode root, ExportFields fields)
        {
            var data = root.Get("data")!;
            const string What = "the timeline";
            var parent = fields.Object(data, "_parent", What)
                ?? throw fields.Error(fields.At(data), DiagnosticCodes.MissingKey, "the timeline has no '_parent' (the schedule it belongs to)");
            var name = fields.Text(parent, "name", "the timeline's schedule")
                ?? throw fields.Error(fields.At(parent), DiagnosticCodes.MissingKey, "the timeline's schedule ('_parent') has no 'name'");
            var from = fields.Time(data, "startDate", What);
            var to = fields.Time(data, "endDate", What);
            var final = fields.Object(data, "finalTimeline", What)!;
            var shifts = fields.Array(final, "rotations", "the final timeline")
                .SelectMany(rotation => fields.Array(rotation, "periods", "a rotation"))
                .Select(period => Shift(period, fields))
                .Where(shift => shift.End > from && shift.Start < to)
                .ToArray();
            var rotation = new OnCallRotation(
                Provider, name, ShiftCoverage.People(shifts), ShiftCoverage.Gaps(shifts, from, to), null, coverageKnown: true, fields.At(parent.Get("name")!));
            return new OnCallSchedule(rotation, fields.Text(parent, "id", "the timeline's schedule"), System.Array.Empty<string>());
        }

        private static Shift Shift(JsonNode period, ExportFields fields)
        {
            const string What = "a period";
            var recipient = fields.Object(period, "recipient", What);
            var type = recipient == null ? null : fields.Text(recipient, "type", "the recipient of " + What);
            var person = recipient == null || type == "none"
                ? null
                : fields.Text(recipient, "name", "the recipient of " + What) ?? fields.Text(recipient, "id", "the recipient of " + What);
            return new Shift(person, fields.Time(period, "startDate", What), fields.Time(period, "endDate", What));
        }
    }
}
