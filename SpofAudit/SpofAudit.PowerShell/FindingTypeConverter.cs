using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using SpofAudit.Analysis;
using SpofAudit.Diagnostics;
using SpofAudit.Findings;
using SpofAudit.Model;

namespace SpofAudit.PowerShell
{
    /// <summary>
    /// Turns a finding that went through PowerShell's serializer (Export-Clixml/Import-Clixml, Start-Job/Receive-Job,
    /// remoting) back into a <see cref="Finding"/>. Such a finding arrives as a property bag whose type names start
    /// with <c>Deserialized.SpofAudit.Findings.Finding</c>; SpofAudit.Types.ps1xml registers this converter for
    /// <see cref="Finding"/>, so those bags bind to <c>-InputObject</c>, <c>-ReferenceObject</c> and
    /// <c>-DifferenceObject</c> (and convert with <c>[SpofAudit.Findings.Finding]$bag</c>). Nested values are read
    /// whether they kept their properties or were flattened to text by a shallow serialization depth.
    /// </summary>
    public sealed class FindingTypeConverter : PSTypeConverter
    {
        /// <summary>The type name PowerShell's serializer gives a finding.</summary>
        public const string DeserializedTypeName = "Deserialized.SpofAudit.Findings.Finding";

        public override bool CanConvertFrom(object sourceValue, Type destinationType) =>
            destinationType == typeof(Finding) && sourceValue is PSObject bag && IsDeserializedFinding(bag);

        public override object ConvertFrom(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase)
        {
            if (!(sourceValue is PSObject bag) || !IsDeserializedFinding(bag))
            {
                throw new PSInvalidCastException(
                    $"Cannot convert '{sourceValue}' to a SpofAudit finding: only findings that went through PowerShell's serializer ({DeserializedTypeName}) convert.");
            }

            return ToFinding(bag);
        }

        public override bool CanConvertTo(object sourceValue, Type destinationType) => false;

        public override object ConvertTo(object sourceValue, Type destinationType, IFormatProvider formatProvider, bool ignoreCase) =>
            throw new PSInvalidCastException($"A SpofAudit finding does not convert to {destinationType}.");

        private static bool IsDeserializedFinding(PSObject bag) =>
            !(bag.BaseObject is Finding) && bag.TypeNames.Contains(DeserializedTypeName);

        private static Finding ToFinding(PSObject bag) =>
            new Finding(
                FindingKind.Parse(Text(Value(bag, nameof(Finding.Kind)), nameof(FindingKind.Name)) ?? string.Empty),
                Enum<Severity>(Value(bag, nameof(Finding.Severity))),
                Text(Value(bag, nameof(Finding.Target))) ?? string.Empty,
                Enum<TargetType>(Value(bag, nameof(Finding.TargetType))),
                Strings(Value(bag, nameof(Finding.Affects))),
                Strings(Value(bag, nameof(Finding.Path))),
                Strings(Value(bag, nameof(Finding.Components))),
                Text(Value(bag, nameof(Finding.Recommendation))) ?? string.Empty,
                Text(Value(bag, nameof(Finding.Model))) ?? string.Empty,
                Location(Value(bag, nameof(Finding.Location))),
                Suppression(Value(bag, nameof(Finding.Suppression))),
                Value(bag, nameof(Finding.Likelihood)) is object likelihood
                    ? LanguagePrimitives.ConvertTo<double>(likelihood)
                    : (double?)null,
                Pair(Value(bag, nameof(Finding.Pair))),
                Strings(Value(bag, nameof(Finding.ResourceIds))),
                IncompleteInventory(Value(bag, nameof(Finding.IncompleteInventory))),
                Count(Value(bag, nameof(Finding.AffectsCount))),
                Count(Value(bag, nameof(Finding.ComponentCount))));

        // A list's true length; absent in a finding serialized before lists were cut, which listed every name.
        /// <summary>The true total of a cut list; null when the list was whole.</summary>
        private static int? Count(object? value) => value == null ? (int?)null : LanguagePrimitives.ConvertTo<int>(value);

        private static object? Value(object? bag, string name)
        {
            var value = (bag as PSObject)?.Properties[name]?.Value;
            return value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) && wrapped.BaseObject is IConvertible
                ? wrapped.BaseObject
                : value;
        }

        // A nested object's property if it kept its properties, else its text.
        private static string? Text(object? value, string? property = null)
        {
            if (value == null)
            {
                return null;
            }

            if (property != null && value is PSObject bag && bag.Properties[property]?.Value is object named)
            {
                return named.ToString();
            }

            return value is PSObject wrapped ? wrapped.BaseObject.ToString() : value.ToString();
        }

        private static T Enum<T>(object? value)
            where T : struct =>
            value == null ? default : LanguagePrimitives.ConvertTo<T>(value is PSObject bag ? bag.BaseObject : value);

        private static IReadOnlyList<string> Strings(object? value)
        {
            var list = new List<string>();
            var items = value is PSObject bag ? bag.BaseObject : value;
            if (items is string single)
            {
                list.Add(single);
            }
            else if (items is IEnumerable many)
            {
                foreach (var item in many)
                {
                    if (item != null)
                    {
                        list.Add(item.ToString()!);
                    }
                }
            }

            return list;
        }

        private static SourceLocation? Location(object? value)
        {
            if (value == null)
            {
                return null;
            }

            if (value is PSObject bag && bag.Properties[nameof(SourceLocation.File)] != null)
            {
                return new SourceLocation(
                    Text(Value(bag, nameof(SourceLocation.File))) ?? string.Empty,
                    LanguagePrimitives.ConvertTo<int>(Value(bag, nameof(SourceLocation.Line)) ?? 0),
                    LanguagePrimitives.ConvertTo<int>(Value(bag, nameof(SourceLocation.Column)) ?? 0));
            }

            // Flattened to its text: FILE:LINE:COLUMN, or FILE alone.
            var text = Text(value) ?? string.Empty;
            var lastColon = text.LastIndexOf(':');
            var middleColon = lastColon > 0 ? text.LastIndexOf(':', lastColon - 1) : -1;
            if (middleColon > 0
                && int.TryParse(text.Substring(middleColon + 1, lastColon - middleColon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
                && int.TryParse(text.Substring(lastColon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
            {
                return new SourceLocation(text.Substring(0, middleColon), line, column);
            }

            return new SourceLocation(text, 0, 0);
        }

        private static Suppression? Suppression(object? value)
        {
            if (!(value is PSObject bag) || bag.Properties[nameof(Findings.Suppression.FindingId)] == null)
            {
                return null;
            }

            var expires = Value(bag, nameof(Findings.Suppression.Expires));
            return new Suppression(
                Text(Value(bag, nameof(Findings.Suppression.FindingId))) ?? string.Empty,
                Text(Value(bag, nameof(Findings.Suppression.Justification))) ?? string.Empty,
                Text(Value(bag, nameof(Findings.Suppression.Owner))) ?? string.Empty,
                expires == null ? (DateTime?)null : LanguagePrimitives.ConvertTo<DateTime>(expires),
                Location(Value(bag, nameof(Findings.Suppression.Location))) ?? SourceLocation.None);
        }

        // The lines of what a partial read could not read, whether the provenance kept its properties or became its text.
        private static ModelProvenance? IncompleteInventory(object? value)
        {
            if (value == null)
            {
                return null;
            }

            var lines = value is PSObject bag && bag.Properties[nameof(ModelProvenance.IncompleteLines)] is { } property
                ? Strings(property.Value)
                : (Text(value) ?? string.Empty).Split(new[] { " | " }, StringSplitOptions.RemoveEmptyEntries)
                    .Where(line => line.Contains(ModelProvenance.IncompleteNote)).ToArray();
            return lines.Count == 0 ? null : ModelProvenance.FromIncompleteLines(lines);
        }

        private static FailurePair? Pair(object? value)
        {
            if (!(value is PSObject bag) || bag.Properties[nameof(FailurePair.First)] == null)
            {
                return null;
            }

            var first = Text(Value(bag, nameof(FailurePair.First))) ?? string.Empty;
            var firstKind = Enum<FailureEventKind>(Value(bag, nameof(FailurePair.FirstKind)));
            var second = Text(Value(bag, nameof(FailurePair.Second))) ?? string.Empty;
            var secondKind = Enum<FailureEventKind>(Value(bag, nameof(FailurePair.SecondKind)));
            if (bag.Properties[nameof(FailurePair.FirstCount)] == null)
            {
                // A pair serialized before groups of instances: two single events.
                return new FailurePair(first, firstKind, second, secondKind);
            }

            // A group "any 2 of a's 3 instances" keeps its target; the names of its instances come back only if the
            // serializer kept them (its depth), the counts always.
            var twoOfOneGroup = Value(bag, nameof(FailurePair.IsTwoOfOneGroup)) is object two && LanguagePrimitives.ConvertTo<bool>(two)
                ? Text(Value(bag, nameof(FailurePair.Target)))
                : null;
            return new FailurePair(
                first, firstKind, InstanceNames(Value(bag, nameof(FailurePair.FirstInstances))), InstanceCount(Value(bag, nameof(FailurePair.FirstCount))),
                second, secondKind, InstanceNames(Value(bag, nameof(FailurePair.SecondInstances))), InstanceCount(Value(bag, nameof(FailurePair.SecondCount))),
                twoOfOneGroup);
        }

        /// <summary>How many instances a pair's event stands for; 0 (a place) when the serializer kept none.</summary>
        private static int InstanceCount(object? value) => value == null ? 0 : LanguagePrimitives.ConvertTo<int>(value is PSObject bag ? bag.BaseObject : value);

        /// <summary>The names of a list the serializer kept as a list; none when it kept only the list's type name.</summary>
        private static IReadOnlyList<string> InstanceNames(object? value) =>
            (value is PSObject bag ? bag.BaseObject : value) is string ? Array.Empty<string>() : Strings(value);
    }
}
