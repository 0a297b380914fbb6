using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.OnCall
{
    /// <summary>
    /// PagerDuty's <c>GET /schedules/{id}</c> response as a user saves it (<c>{"schedule": {...}}</c>): the final schedule's
    /// rendered entries over the since/until window are the shifts, its <c>rendered_coverage_percentage</c> the share of
    /// the window covered (which also sees the window's edges). Without rendered entries (read without since/until) the
    /// layers' users are the rotation and its coverage is unknown.
    /// </summary>
    internal static class PagerDutyExport
    {
        public const string Provider = "PagerDuty";

        public static bool Recognises(JsonNode root) =>
            root.Get("schedule") is { Type: JsonNodeType.Object } schedule
            && (schedule.Get("final_schedule") != null || schedule.Get("schedule_layers") != null);

        public static OnCallSchedule Read(JsonNode root, ExportFields fields)
        {
            var schedule = root.Get("schedule")!;
            const string What = "the schedule";
            var name = fields.Text(schedule, "name", What) ?? fields.Text(schedule, "summary", What)
                ?? throw fields.Error(fields.At(schedule), DiagnosticCodes.MissingKey, "the schedule has no 'name'");
            var at = fields.At(schedule.Get("name") ?? schedule);
            var services = fields.Array(schedule, "escalation_policies", What)
                .Select(policy => fields.Text(policy, "summary", "an escalation policy"))
                .Where(summary => summary != null)
                .Select(summary => summary!)
                .ToArray();
            var final = fields.Object(schedule, "final_schedule", What);
            var entries = final == null ? Array.Empty<JsonNode>() : fields.Array(final, "rendered_schedule_entries", "the final schedule");
            var coverage = final == null ? null : fields.Number(final, "rendered_coverage_percentage", "the final schedule");
            OnCallRotation rotation;
            if (entries.Count == 0 && coverage == null)
            {
                rotation = new OnCallRotation(Provider, name, LayerUsers(schedule, fields), Array.Empty<OnCallGap>(), null, coverageKnown: false, at);
            }
            else
            {
                var shifts = entries.Select(entry => Shift(entry, fields)).ToArray();
                var gaps = shifts.Length == 0
                    ? Array.Empty<OnCallGap>()
                    : ShiftCoverage.Gaps(shifts, shifts.Min(s => s.Start), shifts.Max(s => s.End));
                var uncovered = coverage == null ? (double?)null : Math.Max(0, Math.Round(100 - coverage.Value, 1));
                rotation = new OnCallRotation(Provider, name, ShiftCoverage.People(shifts), gaps, uncovered, coverageKnown: true, at);
            }

            return new OnCallSchedule(rotation, fields.Text(schedule, "id", What), services);
        }

        private static Shift Shift(JsonNode entry, ExportFields fields)
        {
            const string What = "a rendered schedule entry";
            var user = fields.Object(entry, "user", What);
            var person = user == null ? null : fields.Text(user, "summary", "the user of " + What) ?? fields.Text(user, "id", "the user of " + What);
            return new Shift(person, fields.Time(entry, "start", What), fields.Time(entry, "end", What));
        }

        private static IReadOnlyList<string> LayerUsers(JsonNode schedule, ExportFields fields) =>
            fields.Array(schedule, "schedule_layers", "the schedule")
                .SelectMany(layer => fields.Array(layer, "users", "a schedule layer"))
                .Select(member => fields.Object(member, "user", "a schedule layer's user"))
                .Where(user => user != null)
                .Select(user => fields.Text(user!, "summary", "a schedule layer's user") ?? fields.Text(user!, "id", "a schedule layer's user"))
                .Where(person => person != null)
                .Select(person => person!)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
    }
}
