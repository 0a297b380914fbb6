using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>
    /// Receives the entries of <c>components</c> as the tree reader streams them and reads each into a spec at
    /// once, so the YAML nodes can be dropped. Specs and their diagnostics are held back until the document's
    /// <c>apiVersion</c> is known to be supported (it may come after <c>components</c>).
    /// </summary>
    internal sealed class ComponentCollector
    {
        private readonly List<ComponentSpec> _components = new List<ComponentSpec>();
        private readonly List<SpofDiagnostic> _diagnostics = new List<SpofDiagnostic>();
        private readonly ReadContext _context;
        private readonly CodeOwners.CodeOwnership _codeOwnership = new CodeOwners.CodeOwnership();
        private readonly History.GitAuthorship _gitAuthorship = new History.GitAuthorship();

        private readonly OnCall.OnCallExports? _onCall;

        public ComponentCollector(string file, NamePool names, OnCall.OnCallExports? onCall = null)
        {
            _onCall = onCall;
            _context = new ReadContext(file, _diagnostics, names);
        }

        public void Accept(ScalarNode key, Node value)
        {
            if (!NodeReading.RefuseMergeKey(_context, key, "'components'"))
            {
                _components.Add(ComponentReader.Read(_context, key, value));
            }
        }

        /// <summary>Hands everything collected to the builder and the file's diagnostics.</summary>
        public void Flush(ModelBuilder builder, ReadContext context)
        {
            _gitAuthorship.Prefetch(_components, builder);
            foreach (var component in _components)
            {
                // Evidence is read only once the document is known to be one (its apiVersion checked).
                _codeOwnership.Apply(component, builder);
                _gitAuthorship.Apply(component, builder);
                _onCall?.Apply(component, builder);
                builder.AddComponent(component);
            }

            foreach (var diagnostic in _diagnostics)
            {
                context.Report(diagnostic);
            }

            _components.Clear();
            _diagnostics.Clear();
        }
    }
}
