using SpofAudit.Diagnostics;

namespace SpofAudit.Model
{
    /// <summary>
    /// The stable codes of input diagnostics (<see cref="Diagnostics.SpofDiagnostic.Code"/>). Faces use them as
    /// error ids and tests assert them, so a code never changes meaning once released.
    /// </summary>
    public static class DiagnosticCodes
    {
        // Reading files and YAML syntax.
        public const string FileNotFound = "FileNotFound";
        public const string ReadError = "ReadError";
        public const string InvalidEncoding = "InvalidEncoding";
        public const string NoInput = "NoInput";
        public const string YamlSyntax = "YamlSyntax";
        public const string EmptyDocument = "EmptyDocument";
        public const string MultipleDocuments = "MultipleDocuments";
        public const string UnsupportedTag = "UnsupportedTag";
        public const string UnknownAlias = "UnknownAlias";

        // Safety bounds.
        public const string InputTooLarge = "InputTooLarge";
        public const string NestingTooDeep = "NestingTooDeep";
        public const string AliasExpansionTooLarge = "AliasExpansionTooLarge";
        public const string TooManyInstances = "TooManyInstances";

        // Shape of the document.
        public const string UnsupportedApiVersion = "UnsupportedApiVersion";
        public const string UnknownKey = "UnknownKey";
        public const string DuplicateKey = "DuplicateKey";
        public const string MissingKey = "MissingKey";
        public const string WrongType = "WrongType";
        public const string InvalidValue = "InvalidValue";

        // Meaning of the model.
        public const string NoComponents = "NoComponents";
        public const string DuplicateName = "DuplicateName";
        public const string DuplicateZone = "DuplicateZone";
        public const string DuplicateMember = "DuplicateMember";
        public const string UnknownDependency = "UnknownDependency";
        public const string UnknownOwner = "UnknownOwner";
        public const string UnknownPerson = "UnknownPerson";
        public const string UnknownEntrypoint = "UnknownEntrypoint";
        public const string UnknownZone = "UnknownZone";
        public const string RegionConflict = "RegionConflict";
        public const string MissingRegion = "MissingRegion";
        public const string MissingZones = "MissingZones";
        public const string ScopeConflict = "ScopeConflict";
        public const string MinHealthyTooHigh = "MinHealthyTooHigh";
        public const string PeakAboveCapacity = "PeakAboveCapacity";

        /// <summary>An overlay tried to change how a discovered component is placed (instances, zones, scope, region).</summary>
        public const string OverlayConflict = "OverlayConflict";

        /// <summary>The category a code belongs to, so every producer of a code reports it the same way.</summary>
        public static DiagnosticCategory CategoryOf(string code)
        {
            switch (code)
            {
                case FileNotFound:
                case UnknownDependency:
                case UnknownOwner:
                case UnknownPerson:
                case UnknownEntrypoint:
                case UnknownZone:
                case UnknownAlias:
                    return DiagnosticCategory.ObjectNotFound;
                case ReadError:
                    return DiagnosticCategory.ReadError;
                case DuplicateKey:
                case DuplicateName:
                case DuplicateZone:
                case DuplicateMember:
                    return DiagnosticCategory.ResourceExists;
                case InputTooLarge:
                case NestingTooDeep:
                case AliasExpansionTooLarge:
                case TooManyInstances:
                    return DiagnosticCategory.LimitsExceeded;
                case NoInput:
                    return DiagnosticCategory.InvalidArgument;
                default:
                    return DiagnosticCategory.InvalidData;
            }
        }
    }
}
