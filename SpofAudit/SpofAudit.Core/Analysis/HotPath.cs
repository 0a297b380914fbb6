using System.Runtime.CompilerServices;

namespace SpofAudit.Analysis
{
    /// <summary>
    /// The analysis runs once per process in the CLI and a cmdlet, so its loops would otherwise run as
    /// quickly-jitted tier-0 code. AggressiveOptimization (value 512, in the runtime since .NET Core 3.0;
    /// netstandard2.0 does not name it) has them compiled fully optimised on first call. Older runtimes
    /// ignore the flag.
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
    }
}
