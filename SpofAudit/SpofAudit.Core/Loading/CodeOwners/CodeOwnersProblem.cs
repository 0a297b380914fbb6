namespace SpofAudit.Loading.CodeOwners
{
    /// <summary>A line of a CODEOWNERS file that could not be read, and why.</summary>
    internal sealed class CodeOwnersProblem
    {
        public CodeOwnersProblem(int line, int column, string message)
        {
            Line = line;
            Column = column;
            Message = message;
        }

        public int Line { get; }
        public int Column { get; }
        public string Message { get; }
    }
}
