using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SpofAudit.Findings;

namespace SpofAudit.Rendering.Html
{
    /// <summary>
    /// The HTML report's people: per entrypoint its truck factor and the owners of the components it hard-depends on,
    /// fewest people first, each owner with the people it stands for and every line of evidence behind it (where it was
    /// found, what that source measured). Every name and evidence text is escaped: they come from files and repositories.
    /// </summary>
    internal static class PeopleSection
    {
        /// <summary>The diagram mark of a component only one person can operate.</summary>
        public const string SoleOperatorMark = "truck-factor-1";

        public static void Write(IReadOnlyList<EntrypointTruckFactor> truckFactors, TextWriter writer)
        {
            if (!HasAny(truckFactors))
            {
                return;
            }

            writer.Write("<section id=\"people-section\">\n<h2>People and truck factors</h2>\n");
            writer.Write("<p class=\"note\">An entrypoint's truck factor is how many people must be away at once before something it hard-depends on has nobody left to operate it.</p>\n");
            foreach (var factor in truckFactors)
            {
                var entrypoint = HtmlText.Escape(factor.Entrypoint);
                var value = factor.TruckFactor is int n ? n.ToString(CultureInfo.InvariantCulture) : "unknown";
                writer.Write($"<section class=\"entrypoint-people\" data-entrypoint=\"{entrypoint}\" data-truck-factor=\"{value}\">\n");
                writer.Write($"<h3><code>{entrypoint}</code>: truck factor <span class=\"truck-factor\">{value}</span></h3>\n");
                if (factor.Operators.Count == 0)
                {
                    writer.Write("<p class=\"note\">Nothing it hard-depends on names an owner.</p>\n</section>\n");
                    continue;
                }

                writer.Write("<table class=\"operators\"><thead><tr><th>Component</th><th>People</th><th>Owner</th><th>Evidence</th></tr></thead><tbody>\n");
                var people = PeoplePerComponent(factor.Operators);
                foreach (var owner in factor.Operators)
                {
                    var sole = people[owner.Component] == 1 ? $" class=\"{SoleOperatorMark}\"" : string.Empty;
                    writer.Write($"<tr data-component=\"{HtmlText.Escape(owner.Component)}\" data-owner=\"{HtmlText.Escape(owner.Owner)}\"{sole}>");
                    writer.Write($"<td><code>{HtmlText.Escape(owner.Component)}</code></td><td class=\"n\">{people[owner.Component]}</td>");
                    var members = owner.People.Count == 1 && owner.People[0] == owner.Owner ? string.Empty : $"<span class=\"members\">{HtmlText.Escape(string.Join(", ", owner.People))}</span>";
                    writer.Write($"<td><span class=\"owner\">{HtmlText.Escape(owner.Owner)}</span>{members}</td><td><ul class=\"evidence\">");
                    foreach (var line in owner.Evidence)
                    {
                        writer.Write($"<li><span class=\"measured\">{HtmlText.Escape(line.Description)}</span> <span class=\"loc\">{HtmlText.Escape(line.Source)}</span></li>");
                    }

                    writer.Write("</ul></td></tr>\n");
                }

                writer.Write("</tbody></table>\n");
                if (factor.UnlistedComponents > 0)
                {
                    writer.Write($"<p class=\"note\">{factor.UnlistedComponents} more components it depends on name owners; those with the fewest people are listed.</p>\n");
                }

                writer.Write("</section>\n");
            }

            writer.Write("</section>\n");
        }

        /// <summary>The components of the report's truck factors that only one person can operate: the diagram marks them.</summary>
        public static ISet<string> SoleOperated(IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            var sole = new HashSet<string>(StringComparer.Ordinal);
            foreach (var factor in truckFactors)
            {
                foreach (var pair in PeoplePerComponent(factor.Operators))
                {
                    if (pair.Value == 1)
                    {
                        sole.Add(pair.Key);
                    }
                }
            }

            return sole;
        }

        private static Dictionary<string, int> PeoplePerComponent(IReadOnlyList<ComponentOperator> operators)
        {
            var people = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var owner in operators)
            {
                if (!people.TryGetValue(owner.Component, out var set))
                {
                    people[owner.Component] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(owner.People);
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in people)
            {
                counts[pair.Key] = pair.Value.Count;
            }

            return counts;
        }

        private static bool HasAny(IReadOnlyList<EntrypointTruckFactor> truckFactors)
        {
            foreach (var factor in truckFactors)
            {
                if (factor.TruckFactor.HasValue)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
