namespace System.Runtime.CompilerServices
{
    /// <summary>Lets netstandard2.0 compile C# records (the type ships with .NET 5+ only).</summary>
    internal static class IsExternalInit
    {
    }
}
