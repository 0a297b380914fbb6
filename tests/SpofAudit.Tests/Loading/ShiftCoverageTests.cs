using System;
using System.Globalization;
using System.Linq;
using SpofAudit.Loading.OnCall;

namespace SpofAudit.Tests.Loading
{
    /// <summary>Gaps in a schedule's window from its shifts: overlapping rotations cover each other, nobody covers nothing.</summary>
    public sealed class ShiftCoverageTests
    {
        private static readonly DateTimeOffset Day = DateTimeOffset.Parse("2024-01-01T00:00:00Z", CultureInfo.InvariantCulture);

        [Fact]
        public void Overlapping_shifts_of_two_rotations_leave_only_the_time_neither_covers()
        {
            var shifts = new[]
            {
                Shift("ann", 0, 10),
                Shift("ben", 8, 12),
                Shift(null, 12, 14),
                Shift("ann", 2, 4),
                Shift("cid", 14, 20),
            };

            var gaps = ShiftCoverage.Gaps(shifts, Day, Day.AddHours(24));

            Assert.Equal(new[] { (12, 14), (20, 24) }, gaps.Select(g => ((int)(g.Start - Day).TotalHours, (int)(g.End - Day).TotalHours)).ToArray());
            Assert.Equal(new[] { "ann", "ben", "cid" }, ShiftCoverage.People(shifts));
        }

        [Fact]
        public void A_window_without_shifts_is_one_gap()
        {
            var gap = Assert.Single(ShiftCoverage.Gaps(Array.Empty<Shift>(), Day, Day.AddHours(6)));
            Assert.Equal(TimeSpan.FromHours(6), gap.Duration);
        }

        private static Shift Shift(string? person, int fromHour, int toHour) => new Shift(person, Day.AddHours(fromHour), Day.AddHours(toHour));
    }
}
