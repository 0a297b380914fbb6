using System;
using System.Collections.Generic;
using SpofAudit.Model;

namespace SpofAudit.Loading.OnCall
{
    /// <summary>One schedule read from an export: its rotation as the model keeps it, and the names that match it to a component.</summary>
    internal sealed class OnCallSchedule
    {
        public OnCallSchedule(OnCallRotation rotation, string? id, IReadOnlyList<string> serviceNames)
        {
            Rotation = rotation ?? throw new ArgumentNullException(nameof(rotation));
            Id = id;
            ServiceNames = serviceNames ?? throw new ArgumentNullException(nameof(serviceNames));
        }

        public OnCallRotation Rotation { get; }

        /// <summary>The provider's id of the schedule (PagerDuty <c>PI7DH85</c>); an <c>oncall:</c> key may name it.</summary>
        public string? Id { get; }

        /// <summary>Other names the export gives what the schedule serves (PagerDuty's escalation policies).</summary>
        public IReadOnlyList<string> ServiceNames { get; }

        /// <summary>Whether an <c>oncall:</c> key's value names this schedule: its name or its id.</summary>
        public bool IsNamed(string name) =>
            string.Equals(Rotation.Schedule, name, StringComparison.OrdinalIgnoreCase) || string.Equals(Id, name, StringComparison.Ordinal);

        /// <summary>Whether a component of this name is what the schedule serves: the schedule's or a service's name, case aside.</summary>
        public bool Serves(string component)
        {
            if (string.Equals(Rotation.Schedule, component, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            foreach (var service in ServiceNames)
            {
                if (string.Equals(service, component, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
