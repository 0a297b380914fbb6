using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpofAudit.Analysis.Availability;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// The probability that each entrypoint is up, computed exactly where the model allows (the method is named in
    /// the output), the importance of every instance, zone, region and domain, and the one change that buys the most
    /// nines. Availabilities not in the model come from -Assume or the documented defaults.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Measure, "SpofAvailability", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(AvailabilityResult))]
    public sealed class MeasureSpofAvailabilityCommand : ModelInputCommand
    {
        private AvailabilityAssumptions _assumptions = AvailabilityAssumptions.Default;

        /// <summary>Availabilities to assume instead of the defaults: keys instance, zone, region, domain, failover.</summary>
        [Parameter]
        [ValidateNotNull]
        [ArgumentCompleter(typeof(AssumptionCompleter))]
        public Hashtable? Assume { get; set; }

        protected override void BeginProcessing()
        {
            if (Assume == null)
            {
                return;
            }

            var pairs = Assume.Cast<DictionaryEntry>()
                .Select(e => new KeyValuePair<string, object?>(e.Key?.ToString() ?? string.Empty, e.Value is PSObject wrapped ? wrapped.BaseObject : e.Value));
            try
            {
                _assumptions = AvailabilityAssumptions.From(pairs, "-Assume");
            }
            catch (SpofInputException e)
            {
                // A bad parameter value: nothing can be measured, so the whole command stops here.
                ThrowTerminatingError(InputErrorRecords.FromDiagnostic(e.First, Assume));
            }
        }

        protected override void ProcessModel(SpofModel model)
        {
            var results = RunCore(() => new AvailabilityAnalyzer(_assumptions).Analyze(model, StopToken), _ => model.Name);
            if (results == null)
            {
                return;
            }

            EngineHost.WriteVerbose($"Model '{model.Name}': availability of {results.Count} entrypoint{(results.Count == 1 ? string.Empty : "s")} assuming {_assumptions}.");
            WriteObject(results, enumerateCollection: true);
        }
    }
}
