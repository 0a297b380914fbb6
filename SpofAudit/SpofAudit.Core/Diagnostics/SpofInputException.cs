using System;
using System.Collections.Generic;

namespace SpofAudit.Diagnostics
{
    /// <summary>
    /// Thrown when input cannot be used. Carries every diagnostic found; <see cref="Exception.Message"/>
    /// is the first one's single line, so a face can print it as it is.
    /// </summary>
    public sealed class SpofInputException : Exception
    {
        public SpofInputException(IReadOnlyList<SpofDiagnostic> diagnostics)
            : base(Describe(diagnostics))
        {
            Diagnostics = diagnostics;
        }

        public SpofInputException(SpofDiagnostic diagnostic)
            : this(new[] { diagnostic })
        {
        }

        public IReadOnlyList<SpofDiagnostic> Diagnostics { get; }

        /// <summary>The first diagnostic, the one a face reports.</summary>
        public SpofDiagnostic First => Diagnostics[0];

        private static string Describe(IReadOnlyList<SpofDiagnostic> diagnostics)
        {
            if (diagnostics.Count == 0)
            {
                throw new ArgumentException("An input error needs at least one diagnostic.", nameof(diagnostics));
            }

            var more = diagnostics.Count - 1;
            return diagnostics[0] + (more > 0 ? $" (and {more} more error{(more == 1 ? string.Empty : "s")})" : string.Empty);
        }
    }
}
