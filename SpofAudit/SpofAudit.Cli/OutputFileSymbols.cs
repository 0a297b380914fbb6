using System;
using System.CommandLine;
using System.IO;

namespace SpofAudit.Cli
{
    /// <summary>
    /// <c>--output FILE</c> with the cmdlets' care for an existing file: <c>--no-clobber</c> leaves it as it is (as
    /// -NoClobber does), <c>--force</c> replaces a read-only one (as -Force does). One set per command that writes.
    /// </summary>
    public sealed class OutputFileSymbols
    {
        private readonly Option<string?> _output = CommonSymbols.Output();

        private readonly Option<bool> _noClobber = new Option<bool>("--no-clobber")
        {
            Description = "Leave an existing output file as it is and fail (exit 2) instead of replacing it.",
        };

        private readonly Option<bool> _force = new Option<bool>("--force")
        {
            Description = "Replace a read-only output file (the new one is read-only again).",
        };

        public void AddTo(Command command)
        {
            command.Options.Add(_output);
            command.Options.Add(_noClobber);
            command.Options.Add(_force);
        }

        /// <summary>Renders to the file the options name, or to standard output without --output.</summary>
        public void Write(CliContext context, ParseResult parse, Action<TextWriter> render) =>
            OutputTarget.Write(context, parse.GetValue(_output), render, parse.GetValue(_noClobber), parse.GetValue(_force));
    }
}
