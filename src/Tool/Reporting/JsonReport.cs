using System.Text.Encodings.Web;
using System.Text.Json;

namespace EnvoyGateway.Dsl.Tool.Reporting;

/// <summary>
/// <c>--format json</c>: one array of findings, each {id, severity, message, path, file, line, column,
/// helpLink, resource}; unknown values are null. Written with <see cref="Utf8JsonWriter"/>, so no
/// reflection and the same output whatever the culture. Relaxed escaping: the output is a file or a
/// pipe, never HTML, and messages stay readable (quotes are not \u0027).
/// </summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, IEnumerable<Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.Id);
                json.WriteString("severity", finding.SeverityText);
                json.WriteString("message", finding.Message);
                json.WriteString("path", finding.Path);
                WriteNullable("file", finding.File);
                WriteNullable("line", finding.Line);
                WriteNullable("column", finding.Column);
                json.WriteString("helpLink", finding.HelpLink);
                WriteNullable("resource", finding.Resource);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            void WriteNullable<T>(string name, T? value)
            {
                switch (value)
                {
                    case null: json.WriteNull(name); break;
                    case string text: json.WriteString(name, text); break;
                    case int number: json.WriteNumber(name, number); break;
                }
            }
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
