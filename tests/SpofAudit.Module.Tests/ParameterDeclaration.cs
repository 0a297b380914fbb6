namespace SpofAudit.Module.Tests
{
    /// <summary>One [Parameter] attribute of a cmdlet property: which parameter set it puts the parameter in.</summary>
    public sealed record ParameterDeclaration(string Name, string ParameterSet)
    {
        /// <summary>PowerShell's name for "every parameter set", used when the attribute names none.</summary>
        public const string AllSets = "__AllParameterSets";
    }
}
