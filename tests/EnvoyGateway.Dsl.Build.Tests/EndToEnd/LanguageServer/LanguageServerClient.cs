using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd.LanguageServer;

/// <summary>A zero-based LSP position; the character counts UTF-16 code units, as C# string indexes do.</summary>
internal sealed record LspPosition(int Line, int Character)
{
    public override string ToString() => $"{Line}:{Character}";
}

internal sealed record LspRange(LspPosition Start, LspPosition End)
{
    /// <summary>The range of the only occurrence of <paramref name="fragment"/> (on one line) in <paramref name="text"/>.</summary>
    public static LspRange Of(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        if (index < 0 || text.IndexOf(fragment, index + 1, StringComparison.Ordinal) >= 0 || fragment.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{fragment}' must occur exactly once in the document, on one line.", nameof(fragment));
        }

        var line = text.AsSpan(0, index).Count('\n');
        var character = index - (text.LastIndexOf('\n', index) + 1);

        return new LspRange(new LspPosition(line, character), new LspPosition(line, character + fragment.Length));
    }

    public JsonObject ToJson() => new()
    {
        ["start"] = new JsonObject { ["line"] = Start.Line, ["character"] = Start.Character },
        ["end"] = new JsonObject { ["line"] = End.Line, ["character"] = End.Character },
    };

    public override string ToString() => $"{Start}-{End}";
}

internal sealed record LspDiagnostic(string? Code, LspRange Range, int? Severity, string Message)
{
    public override string ToString() => $"{Code} at {Range}: {Message}";
}

/// <summary>
/// The client side of the Language Server Protocol, as much as an editor needs to show diagnostics: initialize,
/// answers to the server's <c>workspace/configuration</c> and <c>client/registerCapability</c> requests, documents
/// opened and edited (incremental sync), and pulled diagnostics (<c>textDocument/diagnostic</c>).
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    private readonly JsonObject _configuration;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _registrations = new();
    private readonly Dictionary<string, (int Version, string Text)> _documents = [];
    private readonly JsonRpcConnection _connection;

    private LanguageServerClient(ProcessStartInfo server, JsonObject configuration)
    {
        _configuration = configuration;
        _connection = new JsonRpcConnection(server, AnswerServerRequest);
    }

    /// <summary>Starts <paramref name="server"/>, initializes it on <paramref name="workspaceFolder"/> and says initialized.</summary>
    /// <param name="configuration">The client's settings by section, as <c>workspace/configuration</c> answers them.</param>
    public static async Task<LanguageServerClient> StartAsync(ProcessStartInfo server, string workspaceFolder, JsonObject configuration, TimeSpan timeout)
    {
        var client = new LanguageServerClient(server, configuration);
        try
        {
            var folder = new Uri(workspaceFolder).AbsoluteUri;
            await client._connection.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["clientInfo"] = new JsonObject { ["name"] = "EnvoyGateway.Dsl end-to-end tests" },
                ["rootUri"] = folder,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = folder, ["name"] = Path.GetFileName(workspaceFolder) }),
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                    // Pull diagnostics, registered by the server once it knows the configuration.
                    ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = true } },
                },
            }, timeout);
            await client._connection.NotifyAsync("initialized", new JsonObject());
            return client;
        }
        catch
        {
            client._connection.Kill();
            await client._connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The register options of the server's registration for <paramref name="method"/>, once it came.</summary>
    public async Task<JsonElement> RegistrationAsync(string method, TimeSpan timeout)
    {
        try
        {
            return await Registration(method).Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The server did not register {method} within {timeout.TotalSeconds:0} s.\n{_connection.Transcript()}");
        }
    }

    public Task OpenAsync(string path, string text)
    {
        _documents[path] = (1, text);
        return _connection.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
    }

    /// <summary>Replaces the only occurrence of <paramref name="oldText"/> as an editor does (one ranged change); returns the new text's range.</summary>
    public async Task<LspRange> ReplaceAsync(string path, string oldText, string newText)
    {
        var (version, text) = _documents[path];
        var range = LspRange.Of(text, oldText);
        var changed = text.Replace(oldText, newText, StringComparison.Ordinal);
        _documents[path] = (version + 1, changed);
        await _connection.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path), ["version"] = version + 1 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range.ToJson(), ["text"] = newText }),
        });
        return LspRange.Of(changed, newText);
    }

    /// <summary>One <c>textDocument/diagnostic</c> pull: the document's full report.</summary>
    public async Task<IReadOnlyList<LspDiagnostic>> PullDiagnosticsAsync(string path, TimeSpan timeout)
    {
        var report = await _connection.RequestAsync("textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri(path) },
        }, timeout);
        if (report.GetProperty("kind").GetString() != "full")
        {
            throw new InvalidOperationException($"Expected a full diagnostic report (no previous result id was sent), got {report.GetRawText()}.\n{_connection.Transcript()}");
        }

        return [.. report.GetProperty("items").EnumerateArray().Select(ToDiagnostic)];
    }

    /// <summary>
    /// Pulls until the report satisfies <paramref name="satisfied"/>: one pull proves nothing, since a server may
    /// answer before it has loaded the project or analysed the latest edit.
    /// </summary>
    public async Task<IReadOnlyList<LspDiagnostic>> PullDiagnosticsUntilAsync(string path, string expectation, Func<IReadOnlyList<LspDiagnostic>, bool> satisfied, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        IReadOnlyList<LspDiagnostic>? last = null;
        while (deadline.Elapsed < timeout)
        {
            try
            {
                last = await PullDiagnosticsAsync(path, timeout - deadline.Elapsed);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"Waiting for {expectation}: {e.Message}", e);
            }

            if (satisfied(last))
            {
                return last;
            }

            var remaining = timeout - deadline.Elapsed;
            await Task.Delay(remaining < PollInterval ? remaining : PollInterval);
        }

        var seen = last is null ? "no report" : last.Count == 0 ? "an empty report" : string.Join("\n  ", last);
        throw new TimeoutException($"Not seen within {timeout.TotalSeconds:0} s: {expectation}. The last report:\n  {seen}\n{_connection.Transcript()}");
    }

    public string Transcript() => _connection.Transcript();

    /// <summary>Shutdown and exit as an editor closes; the process tree is ended if the server does not comply.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _connection.RequestAsync("shutdown", null, ShutdownTimeout);
            await _connection.NotifyAsync("exit");
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
        {
            _connection.Kill();
        }

        await _connection.DisposeAsync();
    }

    private JsonNode? AnswerServerRequest(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "workspace/configuration":
                return new JsonArray([.. parameters.GetProperty("items").EnumerateArray().Select(item =>
                    item.TryGetProperty("section", out var section) ? _configuration[section.GetString()!]?.DeepClone() : null)]);
            case "client/registerCapability":
                foreach (var registration in parameters.GetProperty("registrations").EnumerateArray())
                {
                    var options = registration.TryGetProperty("registerOptions", out var o) ? o.Clone() : default;
                    Registration(registration.GetProperty("method").GetString()!).TrySetResult(options);
                }

                return null;
            case "client/unregisterCapability" or "window/workDoneProgress/create" or "workspace/diagnostic/refresh":
                // Nothing to undo, show or refresh: this client polls.
                return null;
            default:
                throw new NotSupportedException(method);
        }
    }

    private TaskCompletionSource<JsonElement> Registration(string method)
        => _registrations.GetOrAdd(method, _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));

    private static string Uri(string path) => new Uri(path).AbsoluteUri;

    private static LspDiagnostic ToDiagnostic(JsonElement item)
    {
        var code = item.TryGetProperty("code", out var c) ? (c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetRawText()) : null;
        var range = item.GetProperty("range");
        var severity = item.TryGetProperty("severity", out var s) ? s.GetInt32() : (int?)null;
        return new LspDiagnostic(code, new LspRange(Position(range.GetProperty("start")), Position(range.GetProperty("end"))), severity, item.GetProperty("message").GetString()!);
    }

    private static LspPosition Position(JsonElement position) => new(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32());
}
