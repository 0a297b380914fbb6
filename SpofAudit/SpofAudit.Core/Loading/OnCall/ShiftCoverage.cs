using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Model;

namespace SpofAudit.Loading.OnCall
{
    /// <summary>Shifts (who, from, to) over a window: the people in order of first shift, and the time nobody covers.</summary>
    internal static class ShiftCoverage
    {
        /// <summary>Everyone with a shift, in order of their first shift (ties by name), once each.</summary>
        public static IReadOnlyList<string> People(IEnumerable<Shift> shifts) =>
            shifts.Where(s => s.Person != null)
                .OrderBy(s => s.Start)
                .ThenBy(s => s.Person, StringComparer.Ordinal)
                .Select(s => s.Person!)
                .Distinct(StringComparer.Ordinal)
                .ToArray();

        /// <summary>The parts of [<paramref name="from"/>, <paramref name="to"/>) no shift with a person covers, in time order.</summary>
        public static IReadOnlyList<OnCallGap> Gaps(IEnumerable<Shift> shifts, DateTimeOffset from, DateTimeOffset to)
        {
            var gaps = new List<OnCallGap>();
            var covered = from;
            foreach (var shift in shifts.Where(s => s.Person != null && s.End > s.Start).OrderBy(s => s.Start))
            {
                if (shift.Start > covered && covered < to)
                {
                    gaps.Add(new OnCallGap(covered, shift.Start < to ? shift.Start : to));
                }

                if (shift.End > covered)
                {
                    covered = shift.End;
                }
            }

            if (covered < to)
            {
                gaps.Add(new OnCallGap(covered, to));
            }

            return gaps;
        }
    }
}
