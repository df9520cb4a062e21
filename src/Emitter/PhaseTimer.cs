using System.Diagnostics;
using System.Globalization;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Where an emitter run spends its time, printed to stderr when EGDSL_EMITTER_TIMINGS=1 (for
/// docs/performance.md and for users who wonder what their build is doing).
/// </summary>
internal sealed class PhaseTimer
{
    private readonly bool _enabled = Environment.GetEnvironmentVariable("EGDSL_EMITTER_TIMINGS") == "1";
    private readonly Dictionary<string, double> _phases = [];
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    public void End(string phase)
    {
        if (_enabled)
        {
            _phases[phase] = _phases.GetValueOrDefault(phase) + _watch.Elapsed.TotalMilliseconds;
            _watch.Restart();
        }
    }

    public void Print()
    {
        if (!_enabled)
        {
            return;
        }

        var startup = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds - _phases.Values.Sum();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emitter phases: runtime start {startup:0} ms; ")
            + string.Join("; ", _phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value:0} ms"))));
    }
}
