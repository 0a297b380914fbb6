using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;

namespace SpofAudit.Loading
{
    /// <summary>The file being read and where its problems go.</summary>
    internal sealed class ReadContext
    {
        private readonly List<SpofDiagnostic> _diagnostics;

        public ReadContext(string file, List<SpofDiagnostic> diagnostics, NamePool names)
        {
            File = file;
            _diagnostics = diagnostics;
            Names = names;
        }

        public string File { get; }

        /// <summary>Shared copies of names, for everything the model keeps.</summary>
        public NamePool Names { get; }

        public SourceLocation At(Node node) => new SourceLocation(File, node.Line, node.Column);

        public NameReference Name(ScalarNode node) => new NameReference(Names.Intern(node.Value), File, node.Line, node.Column);

        public void Report(SpofDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

        public void Error(string code, Node at, string message, string? suggestion = null) =>
            _diagnostics.Add(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), At(at), message, suggestion));
    }
}
