using SpofAudit.Model;

namespace SpofAudit.Analysis.Availability
{
    /// <summary>One change to try: what it is, in words, and the component as it would be afterwards.</summary>
    internal sealed class CandidateChange
    {
        public CandidateChange(AvailabilityChangeKind kind, string description, Component changed)
        {
            Kind = kind;
            Description = description;
            Changed = changed;
        }

        public AvailabilityChangeKind Kind { get; }
        public string Description { get; }
        public Component Changed { get; }
    }
}
