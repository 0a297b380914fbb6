using System.Collections.Generic;
using System.Linq;

namespace SpofAudit.Cli
{
    /// <summary>Options that take lists accept both forms: repeated (<c>--fail a --fail b</c>) and comma-separated (<c>--fail a,b</c>).</summary>
    public static class ListValues
    {
        public static IReadOnlyList<string> Split(IEnumerable<string> tokens) =>
            tokens.SelectMany(t => t.Split(',')).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
    }
}
