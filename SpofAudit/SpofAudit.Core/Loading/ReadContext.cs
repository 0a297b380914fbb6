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

        public ReadContext(string file, List<SpofDiagnostic> diagnostics)
        {
            File = file;
            _diagnostics = diagnostics;
        }

        public string File { get; }

        public SourceLocation At(Node node) => new SourceLocation(File, node.Line, node.Column);

        public NameReference Name(ScalarNode node) => new NameReference(node.Value, At(node));

        public void Error(string code, Node at, string message, string? suggestion = null) =>
            _diagnostics.Add(new SpofDiagnostic(code, DiagnosticCodes.CategoryOf(code), At(at), message, suggestion));
    }
}
