using System;
using System.Linq;
using SpofAudit.Analysis.Availability;
using SpofAudit.Model;

namespace SpofAudit.Tests.Availability
{
    /// <summary>Random models with availabilities far from 1, so that every term of P(down) shows in the comparison.</summary>
    internal static class AvailabilityModels
    {
        public static readonly AvailabilityAssumptions Coarse = new AvailabilityAssumptions(instance: 0.9, zone: 0.95, region: 0.97, domain: 0.93, failover: 0.8);

        /// <summary>The model with a seeded random per-instance availability on about half of its components.</summary>
        public static SpofModel WithAvailabilities(SpofModel model, int seed)
        {
            var random = new Random(seed);
            var components = model.Components.Select(c => random.Next(2) == 0 ? c : new Component(
                c.Name, c.Kind, c.Instances, c.MinHealthy, c.Scope, c.Region, c.Zones, c.Domains, c.DependsOn, c.Owners,
                c.Standby, c.Replication, c.Criticality, 0.7 + 0.29 * random.NextDouble(), c.Tags, c.Location, c.Capacity, c.Quorum,
                c.Rto, c.Rpo, c.BackupEvery)).ToArray();
            return new SpofModel(model.Name, components, model.HasExplicitEntrypoints ? model.Entrypoints : null, model.Regions, model.People, model.Teams, model.Sources);
        }

        /// <summary>The same model with only <paramref name="entrypoint"/> as entrypoint: SCRAM reads one top event a file.</summary>
        public static SpofModel OnlyEntrypoint(SpofModel model, string entrypoint) =>
            new SpofModel(model.Name, model.Components, new[] { entrypoint }, model.Regions, model.People, model.Teams, model.Sources);
    }
}
