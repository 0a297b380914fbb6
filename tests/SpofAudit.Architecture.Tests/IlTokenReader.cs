using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace SpofAudit.Architecture.Tests
{
    /// <summary>
    /// Walks a method body's IL and yields the metadata tokens its instructions name (calls, field accesses, casts,
    /// <c>typeof</c>): what a method uses that its signature does not show.
    /// </summary>
    internal static class IlTokenReader
    {
        private static readonly Dictionary<short, OperandType> Operands = BuildOperandTable();

        public static IEnumerable<EntityHandle> Tokens(MethodBodyBlock body)
        {
            var il = body.GetILReader();
            var found = new List<EntityHandle>();
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = (short)(0xFE00 | il.ReadByte());
                }

                switch (Operands[code])
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.InlineI:
                    case OperandType.InlineBrTarget:
                    case OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32();
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineString:
                    case OperandType.InlineSig:
                        il.Offset += 4;
                        break;
                    default:
                        // InlineField, InlineMethod, InlineTok, InlineType: a metadata token.
                        var token = il.ReadInt32();
                        found.Add(MetadataTokens.EntityHandle(token));
                        break;
                }
            }

            return found;
        }

        private static Dictionary<short, OperandType> BuildOperandTable()
        {
            var table = new Dictionary<short, OperandType>();
            foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                if (field.GetValue(null) is OpCode opCode)
                {
                    table[opCode.Value] = opCode.OperandType;
                }
            }

            return table;
        }
    }
}
