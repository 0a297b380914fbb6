using System;
using System.Collections.Generic;
using System.Text;

namespace SpofAudit.Reports.Tests
{
    /// <summary>
    /// A strict RFC 4180 reader, written independently of the writer: records end in CRLF, fields are separated
    /// by commas, a quoted field may hold commas, CR, LF and doubled quotes. Anything else is an error.
    /// </summary>
    public static class Rfc4180Reader
    {
        public static List<string[]> Read(string text)
        {
            var records = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new FormatException("unterminated quoted field");
                        }

                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        field.Append(text[i++]);
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != ',' && text[i] != '\r')
                    {
                        if (text[i] == '"' || text[i] == '\n')
                        {
                            throw new FormatException($"bare {(text[i] == '"' ? "quote" : "line feed")} in an unquoted field at offset {i}");
                        }

                        field.Append(text[i++]);
                    }
                }

                fields.Add(field.ToString());
                field.Clear();
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                if (i + 1 >= text.Length || text[i] != '\r' || text[i + 1] != '\n')
                {
                    throw new FormatException($"record not ended by CRLF at offset {i}");
                }

                i += 2;
                records.Add(fields.ToArray());
                fields.Clear();
            }

            return records;
        }
    }
}
