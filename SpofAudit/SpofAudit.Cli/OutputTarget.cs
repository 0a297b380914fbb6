using System;
using System.IO;
using SpofAudit.Export;

namespace SpofAudit.Cli
{
    /// <summary>
    /// Sends rendered output to stdout or to <c>--output FILE</c>. A file is written only once the whole text
    /// exists, so a failed run never leaves half a report behind for a CI step to pick up.
    /// </summary>
    public static class OutputTarget
    {
        public static void Write(CliContext context, string? path, Action<TextWriter> render)
        {
            if (string.IsNullOrEmpty(path))
            {
                render(context.Stdout);
                context.Stdout.Flush();
                return;
            }

            var text = new Utf8StringWriter();
            render(text);
            try
            {
                File.WriteAllText(path, text.ToString(), text.Encoding);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                throw new CliUsageException($"{path}: cannot write the output file: {e.Message}", e);
            }
        }
    }
}
