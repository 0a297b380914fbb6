using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SpofAudit.Rendering
{
    /// <summary>
    /// A small forward-only JSON writer: objects and arrays indented two spaces, arrays of strings on one
    /// line so paths read as paths. Core must not depend on System.Text.Json (netstandard2.0, YamlDotNet
    /// only), and the report shapes are small and fixed, so this is all it needs.
    /// </summary>
    public sealed class JsonWriter
    {
        private readonly TextWriter _writer;

        // One entry per open container: whether it has a member yet, so commas go in the right places.
        private readonly Stack<bool> _hasMember = new Stack<bool>();
        private bool _afterName;

        public JsonWriter(TextWriter writer)
        {
            _writer = writer;
        }

        public void StartObject() => Open('{');

        public void EndObject() => Close('}');

        public void StartArray() => Open('[');

        public void EndArray() => Close(']');

        public void Name(string name)
        {
            BeginValue();
            _writer.Write(JsonEscaper.Quote(name));
            _writer.Write(": ");
            _afterName = true;
        }

        public void String(string value)
        {
            BeginValue();
            _writer.Write(JsonEscaper.Quote(value));
        }

        public void Number(int value)
        {
            BeginValue();
            _writer.Write(value.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>A double in its round-trip form; JSON has no infinity or NaN, so those are written as null.</summary>
        public void Number(double value)
        {
            BeginValue();
            _writer.Write(double.IsInfinity(value) || double.IsNaN(value) ? "null" : value.ToString("R", CultureInfo.InvariantCulture));
        }

        public void Null()
        {
            BeginValue();
            _writer.Write("null");
        }

        public void Boolean(bool value)
        {
            BeginValue();
            _writer.Write(value ? "true" : "false");
        }

        /// <summary>An array of strings on one line: <c>["lb", "app", "db"]</c>.</summary>
        public void StringArray(IEnumerable<string> values)
        {
            BeginValue();
            var line = new StringBuilder("[");
            var first = true;
            foreach (var value in values)
            {
                line.Append(first ? string.Empty : ", ");
                JsonEscaper.AppendQuoted(line, value);
                first = false;
            }

            _writer.Write(line.Append(']').ToString());
        }

        public void Property(string name, string value)
        {
            Name(name);
            String(value);
        }

        public void Property(string name, int value)
        {
            Name(name);
            Number(value);
        }

        public void Property(string name, double value)
        {
            Name(name);
            Number(value);
        }

        public void Property(string name, IEnumerable<string> values)
        {
            Name(name);
            StringArray(values);
        }

        /// <summary>Ends the document with a newline, so a terminal prompt starts on its own line.</summary>
        public void EndDocument()
        {
            if (_hasMember.Count != 0)
            {
                throw new InvalidOperationException("A JSON object or array is still open.");
            }

            _writer.Write('\n');
        }

        private void Open(char bracket)
        {
            BeginValue();
            _writer.Write(bracket);
            _hasMember.Push(false);
        }

        private void Close(char bracket)
        {
            var hadMember = _hasMember.Pop();
            if (hadMember)
            {
                NewLine();
            }

            _writer.Write(bracket);
        }

        // Called before every name and every value: writes the separating comma and indentation,
        // except for a value that follows its name.
        private void BeginValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasMember.Count == 0)
            {
                return;
            }

            if (_hasMember.Peek())
            {
                _writer.Write(',');
            }

            _hasMember.Pop();
            _hasMember.Push(true);
            NewLine();
        }

        private void NewLine()
        {
            _writer.Write('\n');
            _writer.Write(new string(' ', 2 * _hasMember.Count));
        }
    }
}
