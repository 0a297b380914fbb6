using System;
using System.Collections.Generic;
using System.Linq;
using SpofAudit.Diagnostics;
using SpofAudit.Model;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// Makes the catalog owner of an entity (its <c>spec.owner</c>, else its system's) an owner of a component, with
    /// the catalog line as evidence: a Group with members becomes a team of those people, a User a person. A Group
    /// the catalog gives no members counts as one person, as an undeclared CODEOWNERS team does, and says so in a
    /// warning: who can operate the component is then not known. A name the model already declares is the model's.
    /// </summary>
    internal sealed class CatalogOwnership
    {
        private readonly Catalog _catalog;
        private readonly ModelBuilder _builder;
        private readonly HashSet<string> _declared = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _warned = new HashSet<string>(StringComparer.Ordinal);

        public CatalogOwnership(Catalog catalog, ModelBuilder builder)
        {
            _catalog = catalog;
            _builder = builder;
        }

        public void Apply(CatalogEntity entity, ComponentSpec spec)
        {
            var (owner, through) = OwnerOf(entity);
            var source = _catalog.SourceOf(entity.Location.File);
            if (owner == null)
            {
                _builder.AddUnread(new UnreadPart(source, entity.Location.ToString(), "owner of " + spec.Name, "no owner",
                    $"{entity.Location}: {entity.Ref} names no owner in the catalog (spec.owner), so who can operate {spec.Name} is not known"));
                return;
            }

            var at = owner.Value.At;
            var reference = owner.Value.Ref;
            var name = _catalog.NameOf(reference);
            string said;
            string remedy;
            if (reference.Kind == EntityKinds.User)
            {
                DeclarePerson(name, _catalog.Find(reference)?.Location ?? at);
                said = $"user {name}";
                remedy = "make a group of several people the owner in the catalog";
            }
            else if (reference.Kind == EntityKinds.Group)
            {
                var members = _catalog.MembersOf(reference);
                if (members.Count == 0)
                {
                    DeclarePerson(name, at);
                    said = $"group {name}, no members in the catalog: counted as one person";
                    remedy = $"list the members of group {name} in the catalog (spec.members)";
                    WarnMemberless(reference, name, at, source);
                }
                else
                {
                    DeclareTeam(name, at, members);
                    said = $"group {name}, {members.Count} member{(members.Count == 1 ? string.Empty : "s")}";
                    remedy = members.Count == 1 ? $"add a second member to group {name} in the catalog" : $"keep group {name}'s members current in the catalog";
                }
            }
            else
            {
                _builder.AddDiagnostic(new SpofDiagnostic(DiagnosticCodes.InvalidValue, DiagnosticCodes.CategoryOf(DiagnosticCodes.InvalidValue), at,
                    $"the owner of {entity.Ref} is {reference}, a {reference.Kind}; an owner is a Group or a User"));
                return;
            }

            var description = (through == null ? "owner" : $"owner of its system {_catalog.NameOf(through.Value)}") + $" in Backstage catalog ({said})";
            if (!spec.Owners.Any(o => o.Name == name))
            {
                spec.Owners = spec.Owners.Concat(new[] { new NameReference(name, at) }).ToArray();
            }

            // The same catalog read twice (as a file and with -Catalog) says the same thing once.
            if (!spec.Evidence.Any(e => e.Owner == name && e.Description == description && e.Source.ToString() == at.ToString()))
            {
                spec.Evidence = spec.Evidence.Concat(new[] { new OperatorEvidence(name, description, at, remedy) }).ToArray();
            }
        }

        /// <summary>The entity's owner, else its system's (and that system), else none.</summary>
        private (LocatedRef? Owner, EntityRef? Through) OwnerOf(CatalogEntity entity)
        {
            if (entity.Owner != null)
            {
                return (entity.Owner, null);
            }

            var system = entity.System is { } reference ? _catalog.Find(reference.Ref) : null;
            return system?.Owner != null ? (system.Owner, system.Ref) : ((LocatedRef?)null, (EntityRef?)null);
        }

        private void DeclarePerson(string name, SourceLocation at)
        {
            if (_declared.Add(name))
            {
                _builder.AddEvidencedOwner(new NameReference(name, at));
            }
        }

        private void DeclareTeam(string name, SourceLocation at, IReadOnlyList<EntityRef> members)
        {
            if (!_declared.Add(name) || _builder.IsDeclared(name))
            {
                return;
            }

            var people = new List<NameReference>();
            foreach (var member in members)
            {
                var memberName = _catalog.NameOf(member);
                var memberAt = _catalog.Find(member)?.Location ?? at;
                people.Add(new NameReference(memberName, memberAt));
                DeclarePerson(memberName, memberAt);
            }

            _builder.AddTeam(new NameReference(name, at), people);
        }

        private void WarnMemberless(EntityRef group, string name, SourceLocation at, InventorySource source)
        {
            if (_warned.Add(group.Key))
            {
                var where = _catalog.Find(group) == null ? "is not in the catalog files read" : "has no members in the catalog";
                _builder.AddUnread(new UnreadPart(source, at.ToString(), "members of " + name, "no members",
                    $"{at}: owner {group} {where}; it counts as one person, so who can operate what it owns is not known"));
            }
        }
    }
}
