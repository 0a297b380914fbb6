using System;
using System.Globalization;
using System.Text;

namespace SpofAudit.Model
{
    /// <summary>
    /// Durations as architecture files write them: one or more number-unit parts, units <c>s</c>, <c>m</c>, <c>h</c>,
    /// <c>d</c> (<c>30s</c>, <c>15m</c>, <c>1h30m</c>, <c>2d</c>). Used for <c>rto</c>, <c>rpo</c> and <c>backup.every</c>.
    /// </summary>
    public static class Duration
    {
        /// <summary>The duration <paramref name="text"/> names, or null when it is not one (or is under a second).</summary>
        public static TimeSpan? Parse(string text)
        {
            var total = 0.0;
            var i = 0;
            if (text.Length == 0)
            {
                return null;
            }

            while (i < text.Length)
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                if (i == start || i == text.Length
                    || !double.TryParse(text.Substring(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                {
                    return null;
                }

                var seconds = text[i] switch { 's' => 1.0, 'm' => 60.0, 'h' => 3600.0, 'd' => 86400.0, _ => 0.0 };
                if (seconds == 0)
                {
                    return null;
                }

                total += amount * seconds;
                i++;
            }

            return total >= 1 && total < TimeSpan.MaxValue.TotalSeconds ? TimeSpan.FromSeconds(total) : (TimeSpan?)null;
        }

        /// <summary>The shortest text <see cref="Parse"/> reads back as the same whole-second duration: <c>1h30m</c>.</summary>
        public static string Format(TimeSpan duration)
        {
            var seconds = (long)Math.Round(duration.TotalSeconds);
            var text = new StringBuilder();
            foreach (var (unit, size) in new[] { ('d', 86400L), ('h', 3600L), ('m', 60L), ('s', 1L) })
            {
                if (seconds >= size)
                {
                    text.Append((seconds / size).ToString(CultureInfo.InvariantCulture)).Append(unit);
                    seconds %= size;
                }
            }

            return text.Length == 0 ? "0s" : text.ToString();
        }
    }
}
