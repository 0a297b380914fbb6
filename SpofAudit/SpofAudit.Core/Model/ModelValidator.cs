using System;
using System.Collections.Generic;
using System.Linq;

using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// Checks the references between parts of a model: dependencies name components (distinct members,
    /// 1 &lt;= atLeast &lt;= members), owners name people or teams, team members name people, entrypoints name
    /// components, and there is at least one component. Lookups are hash sets, so a model of any size is
    /// checked in linear time.
    /// </summary>
    internal sealed class ModelValidator
    {
        private readonly IReadOnlyList<ComponentSpec> _components;
        private readonly IReadOnlyList<(NameReference Team, IReadOnlyList<NameReference> Members)> _teams;
        private readonly DiagnosticList _diagnostics;
        private readonly HashSet<string> _componentNames;
        private readonly HashSet<string> _peopleNames;
        private readonly HashSet<string> _ownerNames;

        public ModelValidator(
            IReadOnlyList<ComponentSpec> components,
            IReadOnlyList<Person> people,
            IReadOnlyList<(NameReference Team, IReadOnlyList<NameReference> Members)> teams,
            DiagnosticList diagnostics)
        {
            _components = components;
            _teams = teams;
            _diagnostics = diagnostics;
            _componentNames = new HashSet<string>(components.Select(c => c.Name), StringComparer.Ordinal);
            _peopleNames = new HashSet<string>(people.Select(p => p.Name), StringComparer.Ordinal);
            _ownerNames = new HashSet<string>(_peopleNames.Concat(teams.Select(t => t.Team.Name)), StringComparer.Ordinal);
        }

        /// <param name="entrypoints">The explicit entrypoints, if any.</param>
        /// <param name="noComponentsAt">Where to report that the model has no components; null when it has some.</param>
        public void Validate(IReadOnlyList<NameReference> entrypoints, SourceLocation? noComponentsAt)
        {
            var modelLocation = noComponentsAt ?? SourceLocation.None;
            if (noComponentsAt != null)
            {
                _diagnostics.Add(DiagnosticCodes.NoComponents, modelLocation, "the model has no components; 'components' must define at least one");
            }

            foreach (var entrypoint in entrypoints)
            {
                if (!_componentNames.Contains(entrypoint.Name))
                {
                    _diagnostics.Add(
                        DiagnosticCodes.UnknownEntrypoint,
                        entrypoint.Location ?? modelLocation,
                        $"entrypoint '{entrypoint.Name}' is not a component",
                        _diagnostics.Suggest(entrypoint.Name, _componentNames));
                }
            }

            foreach (var (team, members) in _teams)
            {
                CheckTeam(team, members);
            }

            foreach (var component in _components)
            {
                foreach (var dependency in component.DependsOn)
                {
                    CheckDependency(component, dependency);
                }

                foreach (var owner in component.Owners)
                {
                    if (!_ownerNames.Contains(owner.Name))
                    {
                        _diagnostics.Add(
                            DiagnosticCodes.UnknownOwner,
                            owner.Location ?? component.Location,
                            $"owner '{owner.Name}' of component '{component.Name}' is not a declared person or team",
                            _diagnostics.Suggest(owner.Name, _ownerNames));
                    }
                }
            }
        }

        private void CheckTeam(NameReference team, IReadOnlyList<NameReference> members)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in members)
            {
                var where = member.Location ?? team.Location ?? SourceLocation.None;
                if (!seen.Add(member.Name))
                {
                    _diagnostics.Add(DiagnosticCodes.DuplicateMember, where, $"'{member.Name}' is listed twice in team '{team.Name}'");
                }
                else if (!_peopleNames.Contains(member.Name))
                {
                    _diagnostics.Add(
                        DiagnosticCodes.UnknownPerson,
                        where,
                        $"member '{member.Name}' of team '{team.Name}' is not a declared person",
                        _diagnostics.Suggest(member.Name, _peopleNames));
                }
            }
        }

        private void CheckDependency(ComponentSpec component, DependencySpec dependency)
        {
            var where = dependency.Location ?? component.Location;
            if (dependency.Members.Count == 0)
            {
                _diagnostics.Add(DiagnosticCodes.InvalidValue, where, $"a dependency of component '{component.Name}' has no members");
                return;
            }

            if (dependency.Form == DependencyForm.Single && dependency.Members.Count != 1)
            {
                _diagnostics.Add(DiagnosticCodes.InvalidValue, where, $"a single dependency of component '{component.Name}' must name exactly one component");
            }

            if (dependency.Form == DependencyForm.AtLeast && (dependency.Required < 1 || dependency.Required > dependency.Members.Count))
            {
                _diagnostics.Add(
                    DiagnosticCodes.InvalidValue,
                    where,
                    $"'atLeast' {dependency.Required} in a dependency of component '{component.Name}' must be between 1 and the {dependency.Members.Count} members of 'of'");
            }

            var seen = dependency.Members.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
            for (var i = 0; i < dependency.Members.Count; i++)
            {
                var member = dependency.Members[i];
                if (seen != null ? !seen.Add(member.Name) : IsRepeated(dependency.Members, i))
                {
                    _diagnostics.Add(DiagnosticCodes.DuplicateMember, member.Location ?? where, $"'{member.Name}' is listed twice in a dependency of component '{component.Name}'");
                }
                else if (!_componentNames.Contains(member.Name))
                {
                    _diagnostics.Add(
                        DiagnosticCodes.UnknownDependency,
                        member.Location ?? where,
                        $"component '{component.Name}' depends on '{member.Name}', which is not a component",
                        _diagnostics.Suggest(member.Name, _componentNames));
                }
            }
        }
    
        /// <summary>Whether member i repeats an earlier one. For the usual small groups a scan beats a hash set.</summary>
        private static bool IsRepeated(IReadOnlyList<NameReference> members, int i)
        {
            for (var j = 0; j < i; j++)
            {
                if (members[j].Name == members[i].Name)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
