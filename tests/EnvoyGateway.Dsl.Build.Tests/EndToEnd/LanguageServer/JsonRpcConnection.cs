using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd.LanguageServer;

/// <summary>
/// JSON-RPC 2.0 with a child process over its standard streams, framed as the Language Server Protocol frames it
/// (<c>Content-Length</c> header, blank line, UTF-8 body). Requests the server sends are answered by a handler; every
/// failure names what was awaited and carries the transcript (the first and last messages both ways, the server's stderr).
/// </summary>
internal sealed class JsonRpcConnection : IAsyncDisposable
{
    // The opening exchange (initialize, configuration, registrations) and the latest one, which polling repeats.
    private const int FirstMessages = 12;
    private const int LastMessages = 24;
    private const int TranscriptMessageLength = 1_500;
    private const int StderrLines = 80;

    private readonly Process _process;
    private readonly Func<string, JsonElement, JsonNode?> _answerServerRequest;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly List<string> _firstMessages = [];
    private readonly Queue<string> _lastMessages = new();
    private int _messageCount;
    private readonly Queue<string> _stderr = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _reader;
    private long _lastId;

    /// <param name="answerServerRequest">
    /// The result for a request from the server (method, params); throw <see cref="NotSupportedException"/> for a
    /// method the client does not implement, which answers "method not found" as the protocol asks.
    /// </param>
    public JsonRpcConnection(ProcessStartInfo start, Func<string, JsonElement, JsonNode?> answerServerRequest)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        _answerServerRequest = answerServerRequest;
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {start.FileName}.");
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Remember(_stderr, e.Data, StderrLines);
            }
        };
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadMessagesAsync);
    }

    /// <summary>Sends a request and returns its result; throws with the transcript on an error response, on timeout or when the server exits.</summary>
    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _lastId);
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        await SendAsync(Message(method, parameters, id));
        try
        {
            return await response.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No answer to {method} (request {id}) within {timeout.TotalSeconds:0} s.\n{Transcript()}");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters = null) => SendAsync(Message(method, parameters, id: null));

    /// <summary>The first and the last messages both ways (time since start, direction) and the tail of the server's stderr.</summary>
    public string Transcript()
    {
        string[] first, last, stderr;
        int count;
        lock (_lastMessages)
        {
            (first, last, count) = ([.. _firstMessages], [.. _lastMessages], _messageCount);
        }

        lock (_stderr)
        {
            stderr = [.. _stderr];
        }

        var exit = _process.HasExited ? $"The server exited with code {_process.ExitCode}." : "The server is running.";
        var skipped = count - first.Length - last.Length;
        return $"{exit}\n--- first {first.Length} and last {last.Length} of {count} messages ---\n{string.Join('\n', first)}\n"
            + (skipped > 0 ? $"(… {skipped} more …)\n" : "")
            + $"{string.Join('\n', last)}\n--- server stderr (last {stderr.Length} lines) ---\n{string.Join('\n', stderr)}";
    }

    /// <summary>Waits for the server to exit on its own (after shutdown and exit), else ends its process tree.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        try
        {
            // A child that inherited the server's output could keep it open after the server exited: don't wait for it forever.
            await _reader.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            // Abandoned: it ends with the stream, and nothing waits for its result any more.
        }

        _process.Dispose();
        _writeLock.Dispose();
    }

    /// <summary>Ends the server and its children at once (the test failed, or it did not exit).</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>A request (with an id) or a notification; JSON-RPC wants params absent rather than null.</summary>
    private static JsonObject Message(string method, JsonNode? parameters, long? id)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0" };
        if (id is not null)
        {
            message["id"] = id;
        }

        message["method"] = method;
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return message;
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        Log("->", message.ToJsonString());
        await _writeLock.WaitAsync();
        try
        {
            var input = _process.StandardInput.BaseStream;
            await input.WriteAsync(header);
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadMessagesAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        string? endReason = null;
        try
        {
            while (await ReadBodyAsync(output) is { } body)
            {
                using var document = JsonDocument.Parse(body);
                Log("<-", Encoding.UTF8.GetString(body));
                await DispatchAsync(document.RootElement.Clone());
            }

            endReason = "The server closed its output";
        }
        catch (Exception e) when (e is IOException or JsonException or FormatException or ObjectDisposedException)
        {
            endReason = $"Reading from the server failed: {e.Message}";
        }
        finally
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new InvalidOperationException($"{endReason} before answering.\n{Transcript()}"));
            }
        }
    }

    /// <summary>One message body, or null at the end of the stream.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream output)
    {
        int? length = null;
        while (await ReadHeaderLineAsync(output) is { } line)
        {
            if (line.Length == 0)
            {
                if (length is not { } bodyLength)
                {
                    throw new FormatException("A message header ended without Content-Length.");
                }

                var body = new byte[bodyLength];
                await output.ReadExactlyAsync(body);
                return body;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>A header line without its CR LF, or null at the end of the stream. Headers are ASCII.</summary>
    private static async Task<string?> ReadHeaderLineAsync(Stream output)
    {
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (await output.ReadAsync(buffer) == 1)
        {
            if (buffer[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)buffer[0]);
        }

        return null;
    }

    private async Task DispatchAsync(JsonElement message)
    {
        var hasId = message.TryGetProperty("id", out var id);
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        if (message.TryGetProperty("method", out var methodElement))
        {
            var method = methodElement.GetString()!;
            // A notification (log message, progress) needs no answer: the transcript keeps it.
            if (hasId)
            {
                await SendAsync(AnswerServerRequest(id, method, parameters));
            }
        }
        else if (hasId && id.TryGetInt64(out var number) && _pending.TryGetValue(number, out var pending))
        {
            if (message.TryGetProperty("error", out var error))
            {
                pending.TrySetException(new InvalidOperationException($"The server answered request {number} with an error: {error.GetRawText()}\n{Transcript()}"));
            }
            else
            {
                pending.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
            }
        }
    }

    private JsonObject AnswerServerRequest(JsonElement id, string method, JsonElement parameters)
    {
        var response = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()) };
        try
        {
            response["result"] = _answerServerRequest(method, parameters);
        }
        catch (NotSupportedException)
        {
            response["error"] = new JsonObject { ["code"] = -32601, ["message"] = $"The test client does not implement {method}." };
        }

        return response;
    }

    private void Log(string direction, string message)
    {
        var shown = message.Length <= TranscriptMessageLength ? message : message[..TranscriptMessageLength] + " …";
        var line = $"{_clock.Elapsed.TotalSeconds,7:0.000} s {direction} {shown}";
        lock (_lastMessages)
        {
            _messageCount++;
            if (_firstMessages.Count < FirstMessages)
            {
                _firstMessages.Add(line);
                return;
            }
        }

        Remember(_lastMessages, line, LastMessages);
    }

    private static void Remember(Queue<string> lines, string line, int capacity)
    {
        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > capacity)
            {
                lines.Dequeue();
            }
        }
    }
}
