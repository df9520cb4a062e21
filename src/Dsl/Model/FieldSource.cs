namespace EnvoyGateway.Dsl;

/// <summary>
/// Where one field of an object read from YAML is: the value's line and column when it is a scalar with
/// a value, else the key's (an empty value, or a block whose content starts on the next line).
/// </summary>
internal readonly record struct FieldSource(string Name, int Line, int Column);

/// <summary>Where one entry of a string map read from YAML (labels, annotations) has its key and its value.</summary>
internal readonly record struct MapEntrySource(string Key, int KeyLine, int KeyColumn, int ValueLine, int ValueColumn);
