using System;
using System.Globalization;

namespace SpofAudit.Model
{
    /// <summary>A stretch of an on-call export's window in which nobody was on call.</summary>
    public sealed class OnCallGap
    {
        public OnCallGap(DateTimeOffset start, DateTimeOffset end)
        {
            if (end <= start)
            {
                throw new ArgumentException("a gap ends after it starts", nameof(end));
            }

            Start = start;
            End = end;
        }

        public DateTimeOffset Start { get; }

        public DateTimeOffset End { get; }

        public TimeSpan Duration => End - Start;

        /// <summary>In UTC, e.g. <c>2017-05-13 21:00 to 2017-05-14 09:00 UTC (12h)</c>.</summary>
        public override string ToString() =>
            $"{Utc(Start)} to {Utc(End)} UTC ({Model.Duration.Format(Duration)})";

        private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
