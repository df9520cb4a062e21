using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// A minimal block-style YAML emitter in kubectl's layout: two-space indent, sequence dashes at the
/// parent key's indent, empty mappings as <c>{}</c>, LF only. It writes exactly what it is told,
/// in order; <see cref="YamlWriter"/> decides what and in which order.
/// </summary>
internal sealed class YamlTextWriter(YamlBuffer buffer)
{
    // Written length (quotes and escapes included) above which a key is written in explicit form;
    // below YAML's limit of 1024 characters, counting UTF-16 units, so surrogate pairs err on the safe side.
    private const int MaxImplicitKeyLength = 1000;

    private bool _atLineStart = true;

    // Set after the "-" of a sequence item that is itself a sequence: its first item follows on the same line ("- - a").
    private bool _inlineNext;

    /// <summary>An open mapping: where its keys go and whether the first key follows a "-" on the same line.</summary>
    public struct Scope
    {
        internal int Indent;
        internal bool InlineFirst;
        internal bool WroteAny;

        internal Scope(int indent, bool inlineFirst)
        {
            Indent = indent;
            InlineFirst = inlineFirst;
            WroteAny = false;
        }
    }

    public static Scope Root => new(0, inlineFirst: false);

    public void String(ref Scope scope, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        Key(ref scope, key);
        buffer.Append(' ');
        YamlScalars.Append(buffer, value);
    }

    public void Integer(ref Scope scope, string key, long? value)
    {
        if (value is null)
        {
            return;
        }

        Key(ref scope, key);
        buffer.Append(' ').Append(value.Value);
    }

    public void Boolean(ref Scope scope, string key, bool? value)
    {
        if (value is null)
        {
            return;
        }

        Key(ref scope, key);
        buffer.Append(value.Value ? " true" : " false");
    }

    /// <summary>A floating-point number in its shortest round-trip form (<c>0.5</c>, <c>1e+21</c>).</summary>
    public void Number(ref Scope scope, string key, double? value)
    {
        if (value is null)
        {
            return;
        }

        Key(ref scope, key);
        buffer.Append(' ').Append(NumberText(value.Value));
    }

    /// <summary>An int-or-string: the integer plain, the string as any string (quoted when YAML would read it otherwise).</summary>
    public void IntOrString(ref Scope scope, string key, IntOrString? value)
    {
        if (value is not { } set)
        {
            return;
        }

        Key(ref scope, key);
        buffer.Append(' ');
        AppendIntOrString(set);
    }

    /// <summary>Any JSON value (free-form fields): objects as mappings with keys in ordinal order, arrays as sequences.</summary>
    public void Json(ref Scope scope, string key, JsonNode? value)
    {
        if (value is null)
        {
            return;
        }

        switch (value)
        {
            case JsonObject { Count: 0 }:
                Key(ref scope, key);
                buffer.Append(" {}");
                break;
            case JsonObject obj:
                var inner = BeginMap(ref scope, key);
                JsonMembers(ref inner, obj);
                break;
            case JsonArray { Count: 0 }:
                Key(ref scope, key);
                buffer.Append(" []");
                break;
            case JsonArray array:
                BeginSequence(ref scope, key);
                foreach (var item in array)
                {
                    JsonItem(scope, item);
                }

                break;
            default:
                Key(ref scope, key);
                buffer.Append(' ');
                AppendJsonScalar(value.AsValue());
                break;
        }
    }

    /// <summary>One scalar item of a sequence, already in YAML form (a number or a boolean).</summary>
    public void RawItem(in Scope parent, string text)
    {
        NewLine(parent.Indent);
        buffer.Append("- ").Append(text);
    }

    /// <summary>One int-or-string item of a sequence.</summary>
    public void IntOrStringItem(in Scope parent, IntOrString value)
    {
        NewLine(parent.Indent);
        buffer.Append("- ");
        AppendIntOrString(value);
    }

    /// <summary>One item of a sequence given as any JSON value (also how lists of lists are written).</summary>
    public void JsonItem(in Scope parent, JsonNode? item)
    {
        switch (item)
        {
            case null:
                RawItem(parent, "null");
                break;
            case JsonObject { Count: 0 }:
                RawItem(parent, "{}");
                break;
            case JsonObject obj:
                var scope = BeginItem(parent);
                JsonMembers(ref scope, obj);
                break;
            case JsonArray { Count: 0 }:
                RawItem(parent, "[]");
                break;
            case JsonArray array:
                NewLine(parent.Indent);
                buffer.Append('-');
                _inlineNext = true;
                var nested = new Scope(parent.Indent + 2, inlineFirst: false);
                foreach (var element in array)
                {
                    JsonItem(nested, element);
                }

                break;
            default:
                NewLine(parent.Indent);
                buffer.Append("- ");
                AppendJsonScalar(item.AsValue());
                break;
        }
    }

    internal static string NumberText(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Replace("E", "e", StringComparison.Ordinal);
    }

    private void JsonMembers(ref Scope scope, JsonObject obj)
    {
        var keys = new string[obj.Count];
        var i = 0;
        foreach (var member in obj)
        {
            keys[i++] = member.Key;
        }

        keys.AsSpan().Sort(string.CompareOrdinal);
        foreach (var key in keys)
        {
            if (obj[key] is null)
            {
                Key(ref scope, key);
                buffer.Append(" null");
            }
            else
            {
                Json(ref scope, key, obj[key]);
            }
        }
    }

    private void AppendJsonScalar(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                YamlScalars.Append(buffer, value.GetValue<string>());
                break;
            case JsonValueKind.True:
                buffer.Append("true");
                break;
            case JsonValueKind.False:
                buffer.Append("false");
                break;
            default:
                buffer.Append(value.ToJsonString());
                break;
        }
    }

    private void AppendIntOrString(IntOrString value)
    {
        if (value.StringValue is { } text)
        {
            YamlScalars.Append(buffer, text);
        }
        else
        {
            buffer.Append(value.IntValue);
        }
    }

    public void Timestamp(ref Scope scope, string key, DateTimeOffset? value)
    {
        if (value is not null)
        {
            String(ref scope, key, YamlScalars.Timestamp(value.Value));
        }
    }

    /// <summary>Opens a nested mapping under <paramref name="key"/>; close it with <see cref="EndMap"/>.</summary>
    public Scope BeginMap(ref Scope scope, string key)
    {
        Key(ref scope, key);
        return new Scope(scope.Indent + 2, inlineFirst: false);
    }

    /// <summary>Writes <c>{}</c> for a mapping that received no key (presence matters: CEL <c>has()</c>).</summary>
    public void EndMap(in Scope inner)
    {
        if (!inner.WroteAny)
        {
            buffer.Append(" {}");
        }
    }

    /// <summary>Writes a string-to-string map with keys in ordinal order; nothing when empty.</summary>
    public void StringMap(ref Scope scope, string key, Dictionary<string, string>? map)
    {
        if (map is null || map.Count == 0)
        {
            return;
        }

        var keys = new string[map.Count];
        map.Keys.CopyTo(keys, 0);
        keys.AsSpan().Sort(string.CompareOrdinal);
        var inner = BeginMap(ref scope, key);
        foreach (var k in keys)
        {
            String(ref inner, k, map[k]);
        }
    }

    /// <summary>Writes the key of a block sequence; items follow at the key's indent (kubectl style).</summary>
    public void BeginSequence(ref Scope scope, string key) => Key(ref scope, key);

    /// <summary>Starts one mapping item of a sequence opened in <paramref name="parent"/>.</summary>
    public Scope BeginItem(in Scope parent)
    {
        NewLine(parent.Indent);
        buffer.Append('-');
        return new Scope(parent.Indent + 2, inlineFirst: true);
    }

    public void StringItem(in Scope parent, string value)
    {
        NewLine(parent.Indent);
        buffer.Append("- ");
        YamlScalars.Append(buffer, value);
    }

    /// <summary>Ends the current document with a line feed.</summary>
    public void EndDocument()
    {
        buffer.Append('\n');
        _atLineStart = true;
    }

    private void Key(ref Scope scope, string key)
    {
        if (scope.InlineFirst && !scope.WroteAny)
        {
            buffer.Append(' ');
        }
        else
        {
            NewLine(scope.Indent);
        }

        var keyStart = buffer.Length;
        YamlScalars.Append(buffer, key);
        if (buffer.Length - keyStart > MaxImplicitKeyLength)
        {
            // YAML caps implicit keys at 1024 characters: longer ones take the explicit "? key" form.
            var written = buffer.ToString(keyStart, buffer.Length - keyStart);
            buffer.Length = keyStart;
            buffer.Append("? ").Append(written);
            NewLine(scope.Indent);
        }

        buffer.Append(':');
        scope.WroteAny = true;
    }

    private void NewLine(int indent)
    {
        if (_inlineNext)
        {
            buffer.Append(' ');
            _inlineNext = false;
            return;
        }

        if (!_atLineStart)
        {
            buffer.Append('\n');
        }

        buffer.Append(' ', indent);
        _atLineStart = false;
    }
}
