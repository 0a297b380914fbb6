using System;

namespace SpofAudit.Loading.OnCall
{
    /// <summary>One stretch of an export's final schedule: who was on call (null: nobody), from when, to when.</summary>
    internal sealed class Shift
    {
        public Shift(string? person, DateTimeOffset start, DateTimeOffset end)
        {
            Person = person;
            Start = start;
            End = end;
        }

        public string? Person { get; }

        public DateTimeOffset Start { get; }

        public DateTimeOffset End { get; }
    }
}
