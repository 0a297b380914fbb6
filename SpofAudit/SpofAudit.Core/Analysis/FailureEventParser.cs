using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// Reads what a user asks to fail in a what-if: <c>db</c>, <c>db-1</c>, <c>us-east-1a</c>, <c>alice</c>,
    /// or with an explicit kind when a name is ambiguous: <c>component:db</c>, <c>instance:db-1</c>,
    /// <c>zone:…</c>, <c>region:…</c>, <c>domain:…</c>, <c>person:…</c>, <c>team:…</c> (every member).
    /// </summary>
    public static class FailureEventParser
    {
        private static readonly string[] Prefixes = { "component", "instance", "zone", "region", "domain", "person", "team" };

        /// <summary>Where errors are located when the caller names no option: the names given to fail.</summary>
        public const string DefaultSource = "failures";

        /// <summary>Resolves every spec; throws <see cref="SpofInputException"/> naming the first bad one.</summary>
        /// <param name="model">The model whose names the specs use.</param>
        /// <param name="specs">What fails: names, or <c>kind:name</c> where a name is ambiguous.</param>
        /// <param name="source">
        /// The option or parameter the specs came from, as the calling face spells it (the CLI's <c>--fail</c>, the
        /// cmdlet's <c>-Fail</c>): errors are located there, so each face's messages name its own parameter.
        /// </param>
        public static IReadOnlyList<FailureEvent> Parse(SpofModel model, IEnumerable<string> specs, string source = DefaultSource)
        {
            var result = new List<FailureEvent>();
            foreach (var spec in specs.Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                result.AddRange(ParseOne(model, spec, source));
            }

            if (result.Count == 0)
            {
                throw Error(source, "NoFailures", "nothing to fail: name at least one component, instance, zone, region, domain or person", null);
            }

            return result.Distinct().ToArray();
        }

        private static IEnumerable<FailureEvent> ParseOne(SpofModel model, string spec, string source)
        {
            var colon = spec.IndexOf(':');
            if (colon > 0 && Prefixes.Contains(spec.Substring(0, colon).ToLowerInvariant()))
            {
                var prefix = spec.Substring(0, colon).ToLowerInvariant();
                var name = spec.Substring(colon + 1);
                var matches = Candidates(model, name).Where(c => c.Prefix == prefix).SelectMany(c => c.Events).ToArray();
                if (matches.Length == 0)
                {
                    throw Error(source, "UnknownFailureTarget", $"unknown {prefix} '{name}'", NameSuggestions.DidYouMean(name, KnownNames(model, prefix)));
                }

                return matches;
            }

            var found = Candidates(model, spec).ToArray();
            if (found.Length == 0)
            {
                throw Error(
                    source,
                    "UnknownFailureTarget",
                    $"'{spec}' is not a component, instance, zone, region, domain, person or team of model '{model.Name}'",
                    NameSuggestions.DidYouMean(spec, Prefixes.SelectMany(p => KnownNames(model, p))));
            }

            if (found.Length > 1)
            {
                var kinds = found.Select(f => f.Prefix).ToArray();
                throw Error(
                    source,
                    "AmbiguousFailureTarget",
                    $"'{spec}' is both a {string.Join(" and a ", kinds)}",
                    $"write {string.Join(" or ", kinds.Select(k => $"{k}:{spec}"))}");
            }

            return found[0].Events;
        }

        /// <summary>
        /// What <see cref="Parse"/> accepts for <paramref name="model"/>, for completion: each component, instance,
        /// zone, region, domain, person and team name once, as Key, with its kind as Value; a name that is several
        /// kinds (which <see cref="Parse"/> would call ambiguous) comes once per kind as kind:name. In model order,
        /// components first.
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, string>> TargetNames(SpofModel model)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            var named = Prefixes
                .SelectMany(prefix => KnownNames(model, prefix).Distinct(StringComparer.Ordinal).Select(name => (Prefix: prefix, Name: name)))
                .ToArray();
            var kindsOf = named.GroupBy(n => n.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return named
                .Select(n => new KeyValuePair<string, string>(kindsOf[n.Name] > 1 ? $"{n.Prefix}:{n.Name}" : n.Name, n.Prefix))
                .ToArray();
        }

        private static IEnumerable<(string Prefix, FailureEvent[] Events)> Candidates(SpofModel model, string name)
        {
            if (model.FindComponent(name) != null)
            {
                yield return ("component", new[] { new FailureEvent(FailureEventKind.Component, name) });
            }

            if (model.FindInstanceOwner(name) != null)
            {
                yield return ("instance", new[] { new FailureEvent(FailureEventKind.Instance, name) });
            }

            if (model.Zones.Contains(name, StringComparer.Ordinal))
            {
                yield return ("zone", new[] { new FailureEvent(FailureEventKind.Zone, name) });
            }

            if (model.RegionNames.Contains(name, StringComparer.Ordinal))
            {
                yield return ("region", new[] { new FailureEvent(FailureEventKind.Region, name) });
            }

            if (model.DomainNames.Contains(name, StringComparer.Ordinal))
            {
                yield return ("domain", new[] { new FailureEvent(FailureEventKind.Domain, name) });
            }

            if (model.PersonNames.Contains(name, StringComparer.Ordinal))
            {
                yield return ("person", new[] { new FailureEvent(FailureEventKind.Person, name) });
            }

            if (model.FindTeam(name) is { } team)
            {
                yield return ("team", team.Members.Select(m => new FailureEvent(FailureEventKind.Person, m)).ToArray());
            }
        }

        private static IEnumerable<string> KnownNames(SpofModel model, string prefix)
        {
            switch (prefix)
            {
                case "component": return model.Components.Select(c => c.Name);
                case "instance": return model.Components.SelectMany(c => c.Instances).Select(i => i.Name);
                case "zone": return model.Zones;
                case "region": return model.RegionNames;
                case "domain": return model.DomainNames;
                case "person": return model.PersonNames;
                default: return model.Teams.Select(t => t.Name);
            }
        }

        private static SpofInputException Error(string source, string code, string message, string? suggestion) =>
            new SpofInputException(new SpofDiagnostic(code, DiagnosticCategory.InvalidArgument, new SourceLocation(source, 0, 0), message, suggestion));
    }
}
