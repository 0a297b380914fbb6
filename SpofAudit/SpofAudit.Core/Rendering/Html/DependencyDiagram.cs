using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.Rendering.Html
{
    /// <summary>
    /// The graph the HTML report draws. With the model: its components and dependencies, and for a large
    /// model only the part between the entrypoints and the findings' components. Without it (findings piped
    /// in alone): the union of the findings' paths. Zones, regions, domains and people that findings name are
    /// added at the end of their paths. Beyond <see cref="MaxNodes"/> boxes only the most severe findings' paths are kept.
    /// </summary>
    internal sealed class DependencyDiagram
    {
        /// <summary>Up to this many components the whole model is drawn.</summary>
        public const int WholeModelLimit = 60;

        /// <summary>More boxes than this no reader can follow, and the page would grow without bound.</summary>
        public const int MaxNodes = 300;

        private readonly Dictionary<string, DiagramNode> _byKey = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        private readonly HashSet<(int, int)> _edgeSet = new HashSet<(int, int)>();

        public List<DiagramNode> Nodes { get; } = new List<DiagramNode>();
        public List<DiagramEdge> Edges { get; } = new List<DiagramEdge>();

        /// <summary>Why some of the graph is not drawn, or null when all of it is.</summary>
        public string? Note { get; private set; }

        public static DependencyDiagram Build(IReadOnlyList<Finding> findings, SpofModel? model, IReadOnlyList<string> entrypoints) =>
            Build(findings, model, entrypoints, new HashSet<string>(StringComparer.Ordinal));

        /// <summary>As above, marking the drawn components in <paramref name="soleOperated"/> (only one person can operate them).</summary>
        public static DependencyDiagram Build(IReadOnlyList<Finding> findings, SpofModel? model, IReadOnlyList<string> entrypoints, ISet<string> soleOperated)
        {
            var diagram = new DependencyDiagram();
            var bySeverity = findings.OrderByDescending(f => f.Severity).ToArray();
            if (model != null)
            {
                var components = SelectComponents(model, findings);
                if (components.Count <= MaxNodes)
                {
                    diagram.AddModel(model, components);
                    if (components.Count < model.Components.Count)
                    {
                        diagram.Note = $"Showing the {components.Count} of {model.Components.Count} components that lie between the entrypoints and the findings.";
                    }
                }
            }

            var shownFindings = 0;
            foreach (var finding in bySeverity)
            {
                if (diagram.Nodes.Count + diagram.MissingNodes(finding) > MaxNodes)
                {
                    continue;
                }

                diagram.AddPath(finding);
                shownFindings++;
            }

            if (shownFindings < findings.Count)
            {
                diagram.Note = $"Showing the paths of the {shownFindings} most severe of {findings.Count} findings ({diagram.Nodes.Count} boxes).";
            }

            foreach (var entry in entrypoints)
            {
                if (diagram._byKey.TryGetValue(Key(TargetType.Component, entry), out var node))
                {
                    node.Marks.Add("entrypoint");
                }
            }

            foreach (var component in soleOperated)
            {
                if (diagram._byKey.TryGetValue(Key(TargetType.Component, component), out var node))
                {
                    node.Marks.Add(PeopleSection.SoleOperatorMark);
                }
            }

            foreach (var finding in findings)
            {
                if (diagram._byKey.TryGetValue(Key(finding.TargetType, finding.Target), out var node))
                {
                    node.Marks.Add(Mark(finding.Kind));
                    node.Findings.Add(finding.Id);
                }
            }

            return diagram;
        }

        /// <summary>The CSS class a finding of <paramref name="kind"/> gives its target's box, as the kind's rule declares it.</summary>
        public static string Mark(FindingKind kind) => FindingRules.Of(kind).DiagramMark;

        /// <summary>
        /// Small models whole; larger ones only the components on some dependency chain from an entrypoint to a
        /// component a finding involves (reachable from an entrypoint and reaching such a component).
        /// </summary>
        private static IReadOnlyList<Component> SelectComponents(SpofModel model, IReadOnlyList<Finding> findings)
        {
            if (model.Components.Count <= WholeModelLimit)
            {
                return model.Components;
            }

            var involved = new HashSet<string>(StringComparer.Ordinal);
            foreach (var finding in findings)
            {
                involved.UnionWith(finding.Components);
                involved.UnionWith(finding.Path.Take(finding.TargetType == TargetType.Component ? finding.Path.Count : finding.Path.Count - 1));
            }

            var forward = Reach(model.Entrypoints, name => model.FindComponent(name)?.DependsOn.SelectMany(d => d.Members) ?? Enumerable.Empty<string>());
            var dependents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var component in model.Components)
            {
                foreach (var member in component.DependsOn.SelectMany(d => d.Members))
                {
                    if (!dependents.TryGetValue(member, out var list))
                    {
                        dependents[member] = list = new List<string>();
                    }

                    list.Add(component.Name);
                }
            }

            var backward = Reach(involved, name => dependents.TryGetValue(name, out var list) ? list : Enumerable.Empty<string>());
            return model.Components.Where(c => forward.Contains(c.Name) && backward.Contains(c.Name)).ToArray();
        }

        private static HashSet<string> Reach(IEnumerable<string> start, Func<string, IEnumerable<string>> next)
        {
            var seen = new HashSet<string>(start, StringComparer.Ordinal);
            var stack = new Stack<string>(seen);
            while (stack.Count > 0)
            {
                foreach (var n in next(stack.Pop()))
                {
                    if (seen.Add(n))
                    {
                        stack.Push(n);
                    }
                }
            }

            return seen;
        }

        private static string Key(TargetType type, string name) => type + "\u0000" + name;

        private static string TypeName(TargetType type) => type.ToString().ToLowerInvariant();

        /// <summary>How many boxes drawing this finding's path would add.</summary>
        private int MissingNodes(Finding finding)
        {
            var missing = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < finding.Path.Count; i++)
            {
                var key = Key(i == finding.Path.Count - 1 ? finding.TargetType : TargetType.Component, finding.Path[i]);
                if (!_byKey.ContainsKey(key))
                {
                    missing.Add(key);
                }
            }

            return missing.Count;
        }

        private void AddModel(SpofModel model, IReadOnlyList<Component> components)
        {
            foreach (var component in components)
            {
                Node(TargetType.Component, component.Name);
            }

            foreach (var component in components)
            {
                foreach (var dependency in component.DependsOn)
                {
                    foreach (var member in dependency.Members)
                    {
                        if (_byKey.TryGetValue(Key(TargetType.Component, member), out var to))
                        {
                            Edge(_byKey[Key(TargetType.Component, component.Name)].Index, to.Index, dependency.Soft);
                        }
                    }
                }
            }
        }

        private void AddPath(Finding finding)
        {
            DiagramNode? previous = null;
            for (var i = 0; i < finding.Path.Count; i++)
            {
                var last = i == finding.Path.Count - 1;
                var node = Node(last ? finding.TargetType : TargetType.Component, finding.Path[i]);
                if (previous != null && previous != node)
                {
                    // Degradations travel over a soft dependency somewhere; the path does not say which, so only its end is dashed.
                    Edge(previous.Index, node.Index, soft: last && FindingRules.Of(finding.Kind).OnlyDegrades && finding.TargetType == TargetType.Component);
                }

                previous = node;
            }
        }

        private DiagramNode Node(TargetType type, string name)
        {
            var key = Key(type, name);
            if (!_byKey.TryGetValue(key, out var node))
            {
                node = new DiagramNode(Nodes.Count, name, TypeName(type));
                _byKey[key] = node;
                Nodes.Add(node);
            }

            return node;
        }

        private void Edge(int from, int to, bool soft)
        {
            if (from != to && _edgeSet.Add((from, to)))
            {
                Edges.Add(new DiagramEdge(from, to, soft));
            }
        }
    }
}
