using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SpofAudit.Analysis.FaultTrees;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.Export
{
    /// <summary>
    /// Writes the model's failure logic as an Open-PSA MEF fault tree (<c>&lt;opsa-mef&gt;</c>), so an independent
    /// fault-tree engine (SCRAM: <c>scram --mocus --limit-order 1 FILE</c>) can compute the same single points of
    /// failure as <see cref="Findings.SpofAnalyzer"/>: its order-1 minimal cut sets are exactly the SPOF, zone and region events.
    /// <para>
    /// Shape. Top gate <c>top</c> = OR over the entrypoints' <c>down__C</c> gates ("the system is down").
    /// Basic events (names in <see cref="OpenPsaNames"/>): every instance, zone, region and domain of the model.
    /// <c>down__C</c> = OR of C's local failure and its hard dependencies (soft dependencies only degrade, so they
    /// are not in a "down" tree). Local failure = at least n-k+1 of C's n placement units down (k = minHealthy),
    /// each unit (<c>unit__C__K</c>) = OR of its instance, zone, region and domain events. A scoped service's units are
    /// not basic events: a zonal unit is its zone (OR its region and the component's domains), a regional unit its
    /// region, a global unit only its domains. A dependency entry is unmet when at least (members - required + 1)
    /// members are down: a plain name is the member's gate itself, <c>anyOf</c>/<c>atLeast</c> become
    /// <c>group__C__SLOT</c> at-least gates. Constants are folded away and one-argument gates are skipped.
    /// </para>
    /// <para>
    /// Cycles. A fault tree must be acyclic, but dependency cycles are legal and mean the least fixed point
    /// ("members of a cycle fall together": a cycle is down only when something outside it takes it down). Each
    /// strongly connected component S of the hard-dependency graph is therefore unrolled: level 0 of every member is
    /// constant false (folded away, never written), level j (gates <c>down__C__Lj</c>, <c>group__C__SLOT__Lj</c>) is
    /// the member's formula with references inside S pointing at level j-1 and references outside S at their final
    /// gates, and level |S| keeps the plain names. The equations are monotone in |S| boolean variables, so for any set
    /// of failures the iteration from all-false rises at most |S| times and level |S| is the least fixed point.
    /// This costs O(|S| · edges of S) gates per cycle; an acyclic model exports in one linear pass.
    /// </para>
    /// <para>Only gates reachable from <c>top</c> are written (SCRAM treats any unreferenced gate as another top);
    /// every basic event is declared, each labelled with its original name.</para>
    /// </summary>
    internal static class OpenPsaWriter
    {
        public static void Write(SpofModel model, TextWriter writer) => Write(model, writer, FailureSemantics.Full);

        /// <summary>The fault tree of the model read as <paramref name="semantics"/> says (the export uses <see cref="FailureSemantics.Full"/>).</summary>
        public static void Write(SpofModel model, TextWriter writer, FailureSemantics semantics) => Write(model, writer, semantics, null);

        /// <summary>
        /// With <paramref name="failureProbabilities"/> (by basic-event name), every basic event also carries its
        /// probability as <c>&lt;float value="..."/&gt;</c>, for a quantitative run (<c>scram --probability true</c>), and
        /// the failover-gap events of <see cref="FailureSemantics.WithFailoverGap"/> are declared too.
        /// </summary>
        public static void Write(SpofModel model, TextWriter writer, FailureSemantics semantics, IReadOnlyDictionary<string, double>? failureProbabilities)
        {
            var top = new FaultTreeBuilder(model, semantics).Build();

            // Written by hand rather than through XmlWriter: every name is already a plain identifier, only labels
            // need escaping, and a 20,000-component model makes some 100,000 gates.
            writer.WriteLine("<?xml version=\"1.0\" encoding=\"" + writer.Encoding.WebName + "\"?>");
            writer.WriteLine("<!-- SpofAudit failure logic as a fault tree. top = any entrypoint down. Basic events: inst__, zone__, region__, domain__ + encoded name (see OpenPsaNames). -->");
            writer.WriteLine("<opsa-mef>");
            writer.WriteLine("  <define-fault-tree name=\"spofaudit\">");
            writer.WriteLine("    <label>" + Text($"model {model.Name}") + "</label>");
            WriteTop(writer, top);
            foreach (var gate in GatesBelow(top))
            {
                WriteGate(writer, gate.GateName!, gate);
            }

            writer.WriteLine("  </define-fault-tree>");
            WriteModelData(writer, model, semantics, failureProbabilities);
            writer.WriteLine("</opsa-mef>");
        }

        private static void WriteTop(TextWriter writer, FaultFormula top)
        {
            if (top.GateName == OpenPsaNames.TopGate)
            {
                WriteGate(writer, OpenPsaNames.TopGate, top);
                return;
            }

            // One entrypoint, or a constant: top passes its one argument through.
            writer.WriteLine($"    <define-gate name=\"{OpenPsaNames.TopGate}\">");
            writer.WriteLine("      <label>system down: any entrypoint down</label>");
            WriteArgument(writer, top, "      ");
            writer.WriteLine("    </define-gate>");
        }

        /// <summary>Every gate reachable from the top, once each, without recursion (a deep model must not overflow the stack).</summary>
        private static List<FaultFormula> GatesBelow(FaultFormula top)
        {
            var result = new List<FaultFormula>();
            var seen = new HashSet<FaultFormula>();
            var stack = new Stack<FaultFormula>();
            if (top.IsGate && top.GateName == OpenPsaNames.TopGate)
            {
                seen.Add(top);
                foreach (var arg in top.Args)
                {
                    stack.Push(arg);
                }
            }
            else
            {
                stack.Push(top);
            }

            while (stack.Count > 0)
            {
                var formula = stack.Pop();
                if (!formula.IsGate || !seen.Add(formula))
                {
                    continue;
                }

                result.Add(formula);
                foreach (var arg in formula.Args)
                {
                    stack.Push(arg);
                }
            }

            return result;
        }

        private static void WriteGate(TextWriter writer, string name, FaultFormula gate)
        {
            var element = gate.Operator == FaultOperator.Or ? "or" : gate.Operator == FaultOperator.And ? "and" : "atleast";
            writer.Write("    <define-gate name=\"");
            writer.Write(name);
            writer.WriteLine("\">");
            writer.Write("      <");
            writer.Write(element);
            if (gate.Operator == FaultOperator.AtLeast)
            {
                writer.Write(" min=\"");
                writer.Write(gate.Min.ToString(CultureInfo.InvariantCulture));
                writer.Write('"');
            }

            writer.WriteLine(">");
            foreach (var arg in gate.Args)
            {
                WriteArgument(writer, arg, "        ");
            }

            writer.Write("      </");
            writer.Write(element);
            writer.WriteLine(">");
            writer.WriteLine("    </define-gate>");
        }

        private static void WriteArgument(TextWriter writer, FaultFormula arg, string indent)
        {
            writer.Write(indent);
            if (arg.Constant is bool value)
            {
                writer.WriteLine(value ? "<constant value=\"true\"/>" : "<constant value=\"false\"/>");
                return;
            }

            writer.Write(arg.BasicEvent != null ? "<basic-event name=\"" : "<gate name=\"");
            writer.Write(arg.BasicEvent ?? arg.GateName);
            writer.WriteLine("\"/>");
        }

        private static void WriteModelData(TextWriter writer, SpofModel model, FailureSemantics semantics, IReadOnlyDictionary<string, double>? probabilities)
        {
            writer.WriteLine("  <model-data>");
            foreach (var component in model.Components)
            {
                foreach (var instance in component.Instances)
                {
                    WriteBasicEvent(writer, OpenPsaNames.BasicEvent(FailureEventKind.Instance, instance.Name), $"instance {instance.Name} of {component.Name}", probabilities);
                }
            }

            foreach (var zone in model.Zones)
            {
                WriteBasicEvent(writer, OpenPsaNames.BasicEvent(FailureEventKind.Zone, zone), $"zone {zone}", probabilities);
            }

            foreach (var region in model.RegionNames)
            {
                WriteBasicEvent(writer, OpenPsaNames.BasicEvent(FailureEventKind.Region, region), $"region {region}", probabilities);
            }

            foreach (var domain in model.DomainNames)
            {
                WriteBasicEvent(writer, OpenPsaNames.BasicEvent(FailureEventKind.Domain, domain), $"domain {domain}", probabilities);
            }

            if ((semantics & FailureSemantics.WithFailoverGap) != 0 && (semantics & FailureSemantics.BeforeFailover) == 0)
            {
                foreach (var component in model.Components.Where(c => c.FailoverInterrupts))
                {
                    WriteBasicEvent(writer, OpenPsaNames.FailoverGap(component.Name), $"standby of {component.Name} not yet taken over", probabilities);
                }
            }

            writer.WriteLine("  </model-data>");
        }

        private static void WriteBasicEvent(TextWriter writer, string eventName, string label, IReadOnlyDictionary<string, double>? probabilities)
        {
            writer.Write("    <define-basic-event name=\"");
            writer.Write(eventName);
            writer.Write("\"><label>");
            writer.Write(Text(label));
            writer.Write("</label>");
            if (probabilities != null)
            {
                writer.Write("<float value=\"");
                writer.Write(probabilities[eventName].ToString("R", CultureInfo.InvariantCulture));
                writer.Write("\"/>");
            }

            writer.WriteLine("</define-basic-event>");
        }

        /// <summary>A one-line XML text: markup characters escaped; control characters and lone surrogates, not allowed there, as spaces.</summary>
        private static string Text(string text)
        {
            var result = new StringBuilder(text.Length + 8);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': result.Append("&amp;"); break;
                    case '<': result.Append("&lt;"); break;
                    case '>': result.Append("&gt;"); break;
                    case '"': result.Append("&quot;"); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            result.Append(c).Append(text[++i]);
                        }
                        else
                        {
                            result.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
                        }

                        break;
                }
            }

            return result.ToString();
        }
    }
}
