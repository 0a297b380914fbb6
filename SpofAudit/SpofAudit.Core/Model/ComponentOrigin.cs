using System;
using System.Collections.Generic;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// Where a component came from: the place in a YAML file that defines it, the cloud resources it stands for,
    /// or both (a discovered component extended by an overlay file). A component built in code has neither.
    /// </summary>
    public sealed class ComponentOrigin
    {
        public ComponentOrigin(SourceLocation? file, IReadOnlyList<string>? resourceIds = null)
        {
            File = file;
            ResourceIds = resourceIds ?? Array.Empty<string>();
        }

        /// <summary>file:line:column of the component's definition in a YAML file; null when no file defines it.</summary>
        public SourceLocation? File { get; }

        /// <summary>The cloud resource ids or ARNs the component groups, in discovery order; empty for a YAML component.</summary>
        public IReadOnlyList<string> ResourceIds { get; }

        /// <summary>The origin of a component built in code.</summary>
        public static ComponentOrigin None { get; } = new ComponentOrigin(null);

        public static ComponentOrigin InFile(SourceLocation location) => new ComponentOrigin(location);

        public static ComponentOrigin OfResources(IReadOnlyList<string> resourceIds) => new ComponentOrigin(null, resourceIds);

        /// <summary>This origin with <paramref name="file"/> as its file location (an overlay that extends a discovered component).</summary>
        public ComponentOrigin WithFile(SourceLocation? file) => file == null ? this : new ComponentOrigin(file, ResourceIds);

        public override string ToString() =>
            File != null ? File.ToString() : ResourceIds.Count > 0 ? string.Join(", ", ResourceIds) : "(in memory)";
    }
}
