using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// The state of the CEL checks of a run, driven by the generated walks (src/Dsl/Generated/Cel): the
/// selected release, the field path of the node being checked, and the nearest object written in the
/// source (for the finding's location). A rule runs only when the selected release has it. One context
/// serves every resource of a run (<see cref="Begin"/>): its path grows once, not once per resource.
/// </summary>
internal sealed class CelContext
{
    private readonly List<(string? Field, int Index, string? Key, SourceTrackedObject? Part)> _path = [];
    private readonly ICelSink _sink;
    private readonly ulong _releaseBit;

    public CelContext(ICelSink sink, EnvoyGatewayVersion release)
    {
        _sink = sink;
        _releaseBit = 1UL << release.Index;
    }

    /// <summary>Starts on <paramref name="resource"/>: the path is its root again.</summary>
    public void Begin(SourceTrackedObject resource)
    {
        _path.Clear();
        _path.Add((null, -1, null, resource));
    }

    public bool Runs(CelRuleInfo rule) => (rule.Releases & _releaseBit) != 0;

    /// <summary>Enters a field; <paramref name="part"/> is its value when that is an object written in the source.</summary>
    public void Enter(string field, SourceTrackedObject? part = null) => _path.Add((field, -1, null, part));

    public void EnterItem(int index, SourceTrackedObject? part = null) => _path.Add((null, index, null, part));

    public void EnterValue(string key, SourceTrackedObject? part = null) => _path.Add((null, -1, key, part));

    public void Exit() => _path.RemoveAt(_path.Count - 1);

    /// <summary>Evaluates one rule on <paramref name="self"/> (the node); a false result or an evaluation error is reported.</summary>
    public void Check<T>(CelRuleInfo rule, T self, Func<T, bool> predicate)
    {
        if (!Runs(rule))
        {
            return;
        }

        try
        {
            if (predicate(self))
            {
                return;
            }

            Report(rule, rule.Describe());
        }
        catch (CelEvaluationException e) when (!e.RequiredFieldMissing)
        {
            Report(rule, $"{rule.Describe()} (the rule could not be evaluated: {e.Message})");
        }
        catch (CelEvaluationException)
        {
            // A required field is missing: reported by the schema check, and the API server skips the rules.
        }
    }

    private void Report(CelRuleInfo rule, string message)
    {
        var path = RenderPath() + (rule.FieldPath ?? "");
        _sink.ReportCel(rule, path.StartsWith('.') ? path[1..] : path, message, Locate());
    }

    public string RenderPath()
    {
        var text = new StringBuilder();
        foreach (var (field, index, key, _) in _path)
        {
            if (field is not null)
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                text.Append(field);
            }
            else if (index >= 0)
            {
                text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (key is not null)
            {
                text.Append('[').Append(key).Append(']');
            }
        }

        return text.ToString();
    }

    /// <summary>The node's own position when it is an object; else its field in the nearest enclosing object; else that object's.</summary>
    private SourceLocation Locate()
    {
        for (var i = _path.Count - 1; i >= 0; i--)
        {
            if (_path[i].Part is { } part)
            {
                if (i == _path.Count - 1 || !part.IsFromYaml)
                {
                    return part.Source;
                }

                return _path[i + 1].Field is { } field ? part.SourceOf(field) ?? part.Source : part.Source;
            }
        }

        return default;
    }
}
