using System.Collections.Generic;
using SpofAudit.Diagnostics;
using SpofAudit.Loading.Tree;
using SpofAudit.Model;
using static SpofAudit.Loading.NodeReading;

namespace SpofAudit.Loading.Backstage
{
    /// <summary>
    /// Reads the <c>spec</c> fields of one entity that SpofAudit uses, each reference with the default kind the
    /// descriptor format gives its field (<c>owner</c>: Group; <c>dependsOn</c>: none, so the kind must be written)
    /// and the entity's own namespace. A reference that is none is an error at its line and column.
    /// </summary>
    internal sealed class EntitySpecReader
    {
        private readonly ReadContext _context;
        private readonly CatalogEntity _entity;

        public EntitySpecReader(ReadContext context, CatalogEntity entity)
        {
            _context = context;
            _entity = entity;
        }

        public void Read(MappingNode spec)
        {
            var kind = _entity.Kind;
            foreach (var entry in spec.Entries)
            {
                var value = entry.Value;
                switch (kind, entry.Key.Value)
                {
                    case (EntityKinds.Component, "type"):
                    case (EntityKinds.Resource, "type"):
                        _entity.Type = Text(_context, value, Field("type"))?.Value;
                        break;
                    case (EntityKinds.Component, "lifecycle"):
                        _entity.Lifecycle = Text(_context, value, Field("lifecycle"))?.Value;
                        break;
                    case (EntityKinds.Component, "owner"):
                    case (EntityKinds.Resource, "owner"):
                    case (EntityKinds.System, "owner"):
                        _entity.Owner = One(value, "owner", EntityKinds.Group);
                        break;
                    case (EntityKinds.Component, "system"):
                    case (EntityKinds.Resource, "system"):
                        _entity.System = One(value, "system", EntityKinds.System);
                        break;
                    case (EntityKinds.Component, "subcomponentOf"):
                        _entity.SubcomponentOf = One(value, "subcomponentOf", EntityKinds.Component);
                        break;
                    case (EntityKinds.Component, "dependsOn"):
                    case (EntityKinds.Resource, "dependsOn"):
                        Many(value, "dependsOn", null, _entity.DependsOn);
                        break;
                    case (EntityKinds.Component, "dependencyOf"):
                    case (EntityKinds.Resource, "dependencyOf"):
                        Many(value, "dependencyOf", null, _entity.DependencyOf);
                        break;
                    case (EntityKinds.Component, "providesApis"):
                        Many(value, "providesApis", EntityKinds.Api, _entity.ProvidesApis);
                        break;
                    case (EntityKinds.Component, "consumesApis"):
                        Many(value, "consumesApis", EntityKinds.Api, _entity.ConsumesApis);
                        break;
                    case (EntityKinds.Group, "members"):
                        Many(value, "members", EntityKinds.User, _entity.Members);
                        break;
                    case (EntityKinds.User, "memberOf"):
                        Many(value, "memberOf", EntityKinds.Group, _entity.MemberOf);
                        break;
                    case (EntityKinds.Location, "type"):
                        _entity.LocationType = Text(_context, value, Field("type"))?.Value;
                        break;
                    case (EntityKinds.Location, "target"):
                        if (Text(_context, value, Field("target")) is { } target)
                        {
                            _entity.Targets.Add((target.Value, _context.At(target)));
                        }

                        break;
                    case (EntityKinds.Location, "targets"):
                        foreach (var item in Sequence(_context, value, Field("targets"))?.Items ?? new List<Node>())
                        {
                            if (Text(_context, item, Field("targets")) is { } each)
                            {
                                _entity.Targets.Add((each.Value, _context.At(each)));
                            }
                        }

                        break;
                }
            }
        }

        private Subject Field(string key) => new Subject($"'spec.{key}' of {_entity.Ref}");

        private LocatedRef? One(Node node, string field, string? defaultKind)
        {
            var text = Text(_context, node, Field(field), "an entity reference, [kind:][namespace/]name");
            return text == null ? null : Parse(text, field, defaultKind);
        }

        private void Many(Node node, string field, string? defaultKind, List<LocatedRef> into)
        {
            var list = Sequence(_context, node, Field(field), "a list of entity references");
            foreach (var item in list?.Items ?? new List<Node>())
            {
                var text = Text(_context, item, Field(field), "an entity reference, [kind:][namespace/]name");
                if (text != null && Parse(text, field, defaultKind) is { } reference)
                {
                    into.Add(reference);
                }
            }
        }

        private LocatedRef? Parse(ScalarNode text, string field, string? defaultKind)
        {
            var reference = EntityRef.Parse(text.Value, defaultKind, _entity.Ref.Namespace, out var problem);
            if (reference == null)
            {
                _context.Error(DiagnosticCodes.InvalidValue, text, $"{problem} (in 'spec.{field}' of {_entity.Ref})");
                return null;
            }

            var kind = EntityKinds.Canonical(reference.Value.Kind) ?? reference.Value.Kind;
            return new LocatedRef(new EntityRef(kind, reference.Value.Namespace, reference.Value.Name), _context.At(text));
        }
    }
}
