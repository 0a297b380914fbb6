using System.IO;
using System.Text;

namespace SpofAudit.Export
{
    /// <summary>
    /// A StringWriter that reports UTF-8, the encoding the text is finally written in. Writers that declare
    /// their encoding (the Open-PSA XML declaration) read it from here; a plain StringWriter says UTF-16.
    /// Every face that renders text for a UTF-8 file goes through it: the CLI's --output and the cmdlets' file writers.
    /// </summary>
    public sealed class Utf8StringWriter : StringWriter
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public Utf8StringWriter()
        {
            NewLine = "\n";
        }

        public override Encoding Encoding => Utf8;
    }
}
