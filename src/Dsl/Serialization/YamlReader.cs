using System.Globalization;
using System.Runtime.ExceptionServices;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Reads untrusted YAML into typed resources, strictly (docs/yaml.md). Two paths build the same document
/// trees: <see cref="BlockYamlReader"/>, hand-written for the block style that kubectl and our writer
/// produce, and, for anything it declines, <see cref="YamlTreeReader"/> over YamlDotNet's low-level parser,
/// which reports every error of unusual or malformed input. The binders map the trees field by field.
/// </summary>
internal static class YamlReader
{
    /// <summary>All or nothing (<see cref="ManifestSet.Parse(string)"/>): the first error in document order is thrown.</summary>
    public static ManifestSet Read(string yaml, string? sourceName, ParseOptions options)
    {
        CheckLength(yaml, sourceName, options);
        var contents = new StreamContents(setsAsideOtherKinds: false);
        if (!TryReadBlockStyle(yaml, sourceName, options, contents, keepGoing: false))
        {
            contents = new StreamContents(setsAsideOtherKinds: false);
            ReadAnyStyle(yaml, sourceName, options, contents, keepGoing: false);
        }

        return contents.Resources;
    }

    /// <summary>The YamlDotNet path alone, whatever the input: the reference for tests and benchmarks.</summary>
    public static ManifestSet ReadWithYamlDotNet(string yaml, string? sourceName, ParseOptions options)
    {
        CheckLength(yaml, sourceName, options);
        var contents = new StreamContents(setsAsideOtherKinds: false);
        ReadAnyStyle(yaml, sourceName, options, contents, keepGoing: false);
        return contents.Resources;
    }

    /// <summary>
    /// A mixed stream (<see cref="ManifestSet.Read(string, string?, ParseOptions?)"/>): other kinds set aside,
    /// each unreadable document reported and the others read. Malformed YAML stops a parser for the rest of
    /// the stream, so then the stream is cut at its document markers and each part is read on its own.
    /// </summary>
    public static ManifestReadResult ReadStream(string yaml, string? sourceName, ParseOptions options)
    {
        var contents = new StreamContents(setsAsideOtherKinds: true);
        try
        {
            CheckLength(yaml, sourceName, options);
        }
        catch (ManifestParseException error)
        {
            contents.AddError(error);
            return contents.ToResult();
        }

        if (TryReadBlockStyle(yaml, sourceName, options, contents, keepGoing: true))
        {
            return contents.ToResult();
        }

        contents = new StreamContents(setsAsideOtherKinds: true);
        try
        {
            ReadAnyStyle(yaml, sourceName, options, contents, keepGoing: true);
            return contents.ToResult();
        }
        catch (ManifestParseException)
        {
            return ReadDocumentByDocument(yaml, sourceName, options).ToResult();
        }
    }

    /// <summary>
    /// False when the fast reader declines anywhere in the stream. A binding error is held back until the
    /// whole stream is known to be in the subset: otherwise YamlDotNet reads it, and its errors come first
    /// wherever they are in document order. With <paramref name="keepGoing"/>, every document's binding
    /// error is kept and the others are still bound.
    /// </summary>
    private static bool TryReadBlockStyle(string yaml, string? sourceName, ParseOptions options, StreamContents contents, bool keepGoing)
    {
        var reader = new BlockYamlReader(yaml, options);
        var context = new BindContext(sourceName);
        ExceptionDispatchInfo? firstError = null;
        while (reader.ReadDocument() is { } root)
        {
            if (firstError is not null && !keepGoing)
            {
                continue;
            }

            try
            {
                ManifestBinder.BindDocument(context, root, contents, options.Release);
            }
            catch (ManifestParseException error)
            {
                firstError ??= ExceptionDispatchInfo.Capture(error);
                contents.AddError(error);
                context = new BindContext(sourceName); // the failed document's path is left on the old one
            }
        }

        if (reader.Declined)
        {
            return false;
        }

        if (!keepGoing)
        {
            firstError?.Throw();
        }

        return true;
    }

    /// <summary>Reads with YamlDotNet; a malformed-YAML error is always thrown (the parser cannot go on after it).</summary>
    private static void ReadAnyStyle(string yaml, string? sourceName, ParseOptions options, StreamContents contents, bool keepGoing)
    {
        var reader = new YamlTreeReader(yaml, sourceName, options);
        var context = new BindContext(sourceName);
        while (reader.ReadDocument() is { } root)
        {
            try
            {
                ManifestBinder.BindDocument(context, root, contents, options.Release);
            }
            catch (ManifestParseException error) when (keepGoing)
            {
                contents.AddError(error);
                context = new BindContext(sourceName);
            }
        }
    }

    /// <summary>
    /// Each part between document markers (<c>---</c> at the start of a line) read as a stream of its own,
    /// behind as many empty lines as precede it so that lines and columns stay those of the whole stream.
    /// </summary>
    private static StreamContents ReadDocumentByDocument(string yaml, string? sourceName, ParseOptions options)
    {
        var contents = new StreamContents(setsAsideOtherKinds: true);
        foreach (var (start, length, linesBefore) in DocumentParts(yaml))
        {
            var part = new string('\n', linesBefore) + yaml.Substring(start, length);
            var partContents = new StreamContents(setsAsideOtherKinds: true);
            if (!TryReadBlockStyle(part, sourceName, options, partContents, keepGoing: true))
            {
                partContents = new StreamContents(setsAsideOtherKinds: true);
                try
                {
                    ReadAnyStyle(part, sourceName, options, partContents, keepGoing: true);
                }
                catch (ManifestParseException error)
                {
                    partContents = new StreamContents(setsAsideOtherKinds: true);
                    partContents.AddError(error);
                }
            }

            contents.Append(partContents);
        }

        return contents;
    }

    /// <summary>The stream cut before every line that starts with a <c>---</c> marker: (start, length, lines before).</summary>
    private static IEnumerable<(int Start, int Length, int LinesBefore)> DocumentParts(string yaml)
    {
        var partStart = 0;
        var partLine = 0;
        var line = 0;
        for (var at = 0; at < yaml.Length; line++)
        {
            var end = yaml.IndexOf('\n', at);
            var next = end < 0 ? yaml.Length : end + 1;
            if (at > partStart && IsDocumentMarker(yaml.AsSpan(at, next - at)))
            {
                yield return (partStart, at - partStart, partLine);
                partStart = at;
                partLine = line;
            }

            at = next;
        }

        yield return (partStart, yaml.Length - partStart, partLine);
    }

    private static bool IsDocumentMarker(ReadOnlySpan<char> line)
        => line.StartsWith("---", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t' or '\r' or '\n');

    private static void CheckLength(string yaml, string? sourceName, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length > options.MaxInputLength)
        {
            throw new ManifestParseException(sourceName, 1, 1, "", string.Create(CultureInfo.InvariantCulture,
                $"the input is {yaml.Length} characters long, more than the limit of {options.MaxInputLength} (ParseOptions.MaxInputLength)"));
        }
    }
}
