using System;
using System.Collections.Generic;

namespace SpofAudit.Sources
{
    /// <summary>
    /// The evidence files a face names beside the architecture files: Backstage catalogs whose owners join the
    /// components (<c>-Catalog</c>, <c>--catalog</c>) and on-call schedule exports whose rotations operate them
    /// (<c>-OnCallSchedule</c>, <c>--oncall</c>). One value, so both faces hand the same thing to one entry point.
    /// </summary>
    public sealed class EvidenceFiles
    {
        public static readonly EvidenceFiles None = new EvidenceFiles(Array.Empty<string>(), Array.Empty<string>());

        public EvidenceFiles(IReadOnlyList<string>? catalogs, IReadOnlyList<string>? onCallExports)
        {
            Catalogs = catalogs ?? Array.Empty<string>();
            OnCallExports = onCallExports ?? Array.Empty<string>();
        }

        public IReadOnlyList<string> Catalogs { get; }

        public IReadOnlyList<string> OnCallExports { get; }
    }
}
