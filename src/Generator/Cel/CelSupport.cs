namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// The CEL constructs the generator accepts: exactly those the CRDs of the supported releases use
/// (docs/cel.md counts them), each with what it means, so the translator knows what it must implement.
/// Anything else fails generation: a new release that uses a new function, operator or literal kind
/// is a generator change, never a rule that silently passes. Keys are <see cref="CelUsage"/>'s.
/// </summary>
internal static class CelSupport
{
    public static IReadOnlyDictionary<string, string> Constructs { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        // Names Kubernetes defines for a rule.
        ["self"] = "the value at the rule's node",
        ["oldSelf"] = "the value before the update (a transition rule: cannot apply to a manifest)",
        ["int"] = "the type int, compared with type(_)",
        ["string"] = "the type string, compared with type(_)",
        [CelUsage.ComprehensionVariable] = "the element (list) or key (map) a macro binds",

        // Literals.
        ["bool literal"] = "true, false",
        ["int literal"] = "a 64-bit signed integer",
        ["null literal"] = "null",
        ["string literal"] = "quoted, triple-quoted or raw (r'...')",
        ["[_, ...] list literal"] = "a list",
        ["{_: _, ...} map literal"] = "a map (used as a lookup table)",

        // Operators.
        ["_._"] = "field of an object (or value of a map key)",
        ["_[_]"] = "list element by index, map value by key",
        ["!_"] = "logical not",
        ["_ && _"] = "logical and (commutative over errors in CEL)",
        ["_ || _"] = "logical or (commutative over errors in CEL)",
        ["_ ? _ : _"] = "conditional",
        ["_ == _"] = "equality",
        ["_ != _"] = "inequality",
        ["_ < _"] = "less than (int, duration, string)",
        ["_ <= _"] = "at most",
        ["_ > _"] = "greater than",
        ["_ >= _"] = "at least",
        ["_ + _"] = "int addition",
        ["_ in _"] = "list membership or map key presence",

        // Macros.
        ["has(_._)"] = "whether a field is present",
        ["_.all(x, _)"] = "every element (or key) satisfies the predicate",
        ["_.exists(x, _)"] = "some element satisfies the predicate",
        ["_.exists_one(x, _)"] = "exactly one element satisfies the predicate",
        ["_.filter(x, _)"] = "the elements that satisfy the predicate",

        // Functions and methods (CEL standard library, Kubernetes extensions).
        ["size(_)"] = "length of a string (code points), list or map",
        ["_.size()"] = "length of a string (code points), list or map",
        ["type(_)"] = "the type of a value (int-or-string fields)",
        ["duration(_)"] = "a Go duration string as a duration (\"1h30m\")",
        ["_.contains(_)"] = "substring test",
        ["_.startsWith(_)"] = "prefix test",
        ["_.endsWith(_)"] = "suffix test",
        ["_.matches(_)"] = "RE2 regular expression search (unanchored)",
        ["_.lowerAscii()"] = "ASCII lower-casing (Kubernetes strings library)",
        ["_.upperAscii()"] = "ASCII upper-casing (Kubernetes strings library)",
        ["_.split(_)"] = "split by a separator (Kubernetes strings library)",
        ["_.substring(_)"] = "the suffix from a code-point index (Kubernetes strings library)",
        ["isIP(_)"] = "whether a string is an IPv4 or IPv6 address (Kubernetes IP library)",
        ["format.dns1123Label()"] = "the DNS-1123 label format (Kubernetes format library)",
        ["_.validate(_)"] = "a format's errors for a string, or null when valid (Kubernetes format library)",
    };
}
