namespace SpofAudit.Rendering.Html
{
    /// <summary>"From depends on To" (or, to a place or person, "From runs in / is owned by To"); soft dependencies are dashed.</summary>
    internal readonly struct DiagramEdge
    {
        public DiagramEdge(int from, int to, bool soft)
        {
            From = from;
            To = to;
            Soft = soft;
        }

        public int From { get; }
        public int To { get; }
        public bool Soft { get; }
    }
}
