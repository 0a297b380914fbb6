using System.IO;
using System.Text;

namespace SpofAudit.Cli
{
    /// <summary>
    /// A StringWriter that reports UTF-8, the encoding the text is finally written in. Writers that declare
    /// their encoding (the Open-PSA XML declaration) read it from here; a plain StringWriter says UTF-16.
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
