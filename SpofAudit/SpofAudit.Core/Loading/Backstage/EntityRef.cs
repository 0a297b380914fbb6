using System;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// A Backstage entity reference, <c>[kind:][namespace/]name</c> (backstage.io docs, "Entity References"). Kind,
    /// namespace and name compare without case, as the catalog compares them; <see cref="Key"/> is the lower-case form.
    /// </summary>
    internal readonly struct EntityRef : IEquatable<EntityRef>
    {
        public const string DefaultNamespace = "default";

        public EntityRef(string kind, string @namespace, string name)
        {
            Kind = kind;
            Namespace = @namespace;
            Name = name;
        }

        public string Kind { get; }
        public string Namespace { get; }
        public string Name { get; }

        /// <summary><c>kind:namespace/name</c> in lower case: how the catalog tells entities apart.</summary>
        public string Key => $"{Kind}:{Namespace}/{Name}".ToLowerInvariant();

        /// <summary>
        /// Parses a reference with the field's defaults: <paramref name="defaultKind"/> null when the field names no
        /// default kind (<c>dependsOn</c>), so a reference without one is an error.
        /// </summary>
        /// <returns>Null, with <paramref name="problem"/> saying why, when the text is no reference.</returns>
        public static EntityRef? Parse(string text, string? defaultKind, string defaultNamespace, out string? problem)
        {
            problem = null;
            var rest = text.Trim();
            string? kind = null;
            var colon = rest.IndexOf(':');
            if (colon >= 0)
            {
                kind = rest.Substring(0, colon);
                rest = rest.Substring(colon + 1);
                if (kind.Length == 0)
                {
                    problem = $"entity reference '{text}' has an empty kind before ':'";
                    return null;
                }
            }

            string? @namespace = null;
            var slash = rest.IndexOf('/');
            if (slash >= 0)
            {
                @namespace = rest.Substring(0, slash);
                rest = rest.Substring(slash + 1);
                if (@namespace.Length == 0)
                {
                    problem = $"entity reference '{text}' has an empty namespace before '/'";
                    return null;
                }
            }

            if (rest.Length == 0 || rest.IndexOfAny(new[] { ':', '/' }) >= 0 || rest.IndexOf(' ') >= 0)
            {
                problem = $"'{text}' is not an entity reference; expected [kind:][namespace/]name";
                return null;
            }

            kind ??= defaultKind;
            if (kind == null)
            {
                problem = $"entity reference '{text}' needs a kind here (e.g. 'component:{text}' or 'resource:{text}'): this field has no default kind";
                return null;
            }

            return new EntityRef(kind, @namespace ?? defaultNamespace, rest);
        }

        public bool Equals(EntityRef other) => string.Equals(Key, other.Key, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is EntityRef other && Equals(other);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

        public override string ToString() => $"{Kind.ToLowerInvariant()}:{Namespace}/{Name}";
    }
}
