using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpofAudit.Analysis;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// What-if: fails the named components, instances, zones, regions, domains, people or teams and writes
    /// each entrypoint's state (and, with -IncludeComponents, every affected component's) with the reason.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpofImpact", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(ImpactRecord))]
    public sealed class GetSpofImpactCommand : ModelInputCommand
    {
        /// <summary>What fails: names, or kind:name where a name is ambiguous (zone:us-east-1a).</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FailTargetCompleter))]
        public string[] Fail { get; set; } = Array.Empty<string>();

        /// <summary>Also write every component that is down or degraded, not only the entrypoints.</summary>
        [Parameter]
        public SwitchParameter IncludeComponents { get; set; }

        protected override void ProcessModel(SpofModel model)
        {
            var failures = ParseFailures(model);
            if (failures == null)
            {
                return;
            }

            var impact = new ImpactAnalyzer().Run(model, failures);
            EngineHost.WriteVerbose($"Model '{model.Name}': failing {string.Join(", ", impact.Failed)}.");
            WriteObject(impact.Entrypoints, enumerateCollection: true);
            if (IncludeComponents)
            {
                // Entrypoints were written above, Up or not; add the other components that are hit.
                WriteObject(impact.AffectedComponents.Where(r => !r.IsEntrypoint), enumerateCollection: true);
            }
        }

        /// <summary>Parses each -Fail value on its own so an error names the value at fault as its target.</summary>
        private IReadOnlyList<FailureEvent>? ParseFailures(SpofModel model)
        {
            var failures = new List<FailureEvent>();
            var ok = true;
            foreach (var spec in Fail)
            {
                var events = RunCore(() => FailureEventParser.Parse(model, new[] { spec }, "-" + nameof(Fail)), _ => spec);
                if (events == null)
                {
                    ok = false;
                }
                else
                {
                    failures.AddRange(events);
                }
            }

            return ok ? failures.Distinct().ToArray() : null;
        }
    }
}
