using System.Collections.Generic;

namespace SpofAudit.Analysis.FaultTrees
{
    /// <summary>
    /// One argument of a fault-tree gate: a constant, a basic event, or another gate. Built only through
    /// <see cref="FaultFormulaFactory"/>, which folds constants away, so constants survive only at the top.
    /// </summary>
    internal sealed class FaultFormula
    {
        private FaultFormula(bool? constant, string? basicEvent, string? gateName, FaultOperator op, int min, IReadOnlyList<FaultFormula> args)
        {
            Constant = constant;
            BasicEvent = basicEvent;
            GateName = gateName;
            Operator = op;
            Min = min;
            Args = args;
        }

        public static FaultFormula True { get; } = new FaultFormula(true, null, null, FaultOperator.Or, 0, new FaultFormula[0]);

        public static FaultFormula False { get; } = new FaultFormula(false, null, null, FaultOperator.Or, 0, new FaultFormula[0]);

        /// <summary>Set for the two constants only.</summary>
        public bool? Constant { get; }

        /// <summary>Set for a basic event reference.</summary>
        public string? BasicEvent { get; }

        /// <summary>Set for a gate.</summary>
        public string? GateName { get; }

        public FaultOperator Operator { get; }

        /// <summary>For <see cref="FaultOperator.AtLeast"/>: how many arguments must fail.</summary>
        public int Min { get; }

        public IReadOnlyList<FaultFormula> Args { get; }

        public bool IsGate => GateName != null;

        public static FaultFormula Event(string name) => new FaultFormula(null, name, null, FaultOperator.Or, 0, new FaultFormula[0]);

        public static FaultFormula Gate(string name, FaultOperator op, int min, IReadOnlyList<FaultFormula> args) =>
            new FaultFormula(null, null, name, op, min, args);

        /// <summary>Same basic event, or the very same gate or constant: what counts as a duplicate argument.</summary>
        public bool SameAs(FaultFormula other) =>
            ReferenceEquals(this, other) || (BasicEvent != null && BasicEvent == other.BasicEvent);
    }
}
