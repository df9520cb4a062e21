using System.Text.Json;
using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Tool.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void A_valid_file_exits_0_with_nothing_on_stdout_and_a_summary_on_stderr()
    {
        using var folder = new TempFolder();
        var file = folder.Write("valid.yaml", Inputs.Valid);

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Matches(@"^Validated 1 resource from 1 file in \d{1,3}(,\d{3})* ms: 0 errors, 0 warnings\n$", run.Stderr);
    }

    [Fact]
    public void Quiet_prints_nothing_for_a_valid_file()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, "--quiet", folder.Write("valid.yaml", Inputs.Valid));

        Assert.Equal((0, "", ""), (run.ExitCode, run.Stdout, run.Stderr));
    }

    [Fact]
    public void Findings_are_canonical_lines_at_the_offending_value_and_exit_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("invalid.yaml", Inputs.Invalid);

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file);

        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines;
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{file}(19,20): error EG3001: spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value is 'alice'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{file}(21,21): warning EG3009: spec.rateLimit.global.rules[0].limit.requests is 0", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"{file}(22,17): error EG1001: 'Minutes' is not a valid unit for spec.rateLimit.global.rules[0].limit.unit", lines[2], StringComparison.Ordinal);
        Assert.Matches(@"^Validated 1 resource from 1 file in \d{1,3}(,\d{3})* ms: 2 errors, 1 warning\n$", run.Stderr);
    }

    [Fact]
    public void Whole_set_rules_run_across_all_files_and_name_both_positions()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.yaml", Inputs.Valid);
        var second = folder.Write("b.yaml", Inputs.SameTarget);

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, first, second);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StdoutLines);
        Assert.StartsWith($"{second}(5,3): error EG4001: BackendTrafficPolicy 'shop/api-2' targets HTTPRoute 'shop/api' like BackendTrafficPolicy 'shop/api' (at {first}(7,3))", line, StringComparison.Ordinal);
        Assert.Contains("2 resources from 2 files", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_reads_standard_input_named_stdin()
    {
        var run = CliRun.WithInput(Inputs.Invalid, "validate", Inputs.ReleaseOption, Inputs.Release, "-");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "<stdin>(19,20): error EG3001: spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value is 'alice' but the header match has type Distinct; Envoy Gateway v0.6.0 rejects the policy (\"Unable to translate rateLimit\"): remove spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value, or change spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].type to Exact",
                "<stdin>(21,21): warning EG3009: spec.rateLimit.global.rules[0].limit.requests is 0: every matching request is rejected with HTTP 429; set a positive number of requests, or remove the rule",
                "<stdin>(22,17): error EG1001: 'Minutes' is not a valid unit for spec.rateLimit.global.rules[0].limit.unit; use one of Second, Minute, Hour, Day (did you mean 'Minute'?)",
            ],
            run.StdoutLines);
        Assert.Matches(@"^Validated 1 resource from 1 file in \d{1,3}(,\d{3})* ms: 2 errors, 1 warning\n$", run.Stderr);
    }

    [Fact]
    public void Standard_input_joins_the_files_for_the_whole_set_rules_and_is_read_once()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.yaml", Inputs.Valid);

        var run = CliRun.WithInput(Inputs.SameTarget, "validate", Inputs.ReleaseOption, Inputs.Release, first, "-", "-");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"<stdin>(5,3): error EG4001: BackendTrafficPolicy 'shop/api-2' targets HTTPRoute 'shop/api' like BackendTrafficPolicy 'shop/api' (at {first}(7,3))", Assert.Single(run.StdoutLines), StringComparison.Ordinal);
        Assert.Contains("2 resources from 2 files", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_the_parser_refuses_is_named_stdin()
    {
        var run = CliRun.WithInput(Inputs.UnknownField, "validate", Inputs.ReleaseOption, Inputs.Release, "-");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("<stdin>(5,3): error EGDSL001: unknown field \"nmespace\" in metadata", Assert.Single(run.StdoutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_is_one_array_with_every_field()
    {
        using var folder = new TempFolder();
        var file = folder.Write("invalid.yaml", Inputs.Invalid);

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var findings = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["EG3001", "EG3009", "EG1001"], findings.Select(f => f.GetProperty("id").GetString()));
        var unit = findings[2];
        Assert.Equal(
            ["id", "severity", "message", "path", "file", "line", "column", "helpLink", "resource"],
            unit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("error", unit.GetProperty("severity").GetString());
        Assert.StartsWith("'Minutes' is not a valid unit", unit.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("spec.rateLimit.global.rules[0].limit.unit", unit.GetProperty("path").GetString());
        Assert.Equal(file, unit.GetProperty("file").GetString());
        Assert.Equal(22, unit.GetProperty("line").GetInt32());
        Assert.Equal(17, unit.GetProperty("column").GetInt32());
        Assert.EndsWith("docs/rules/EG1001.md", unit.GetProperty("helpLink").GetString(), StringComparison.Ordinal);
        Assert.Equal("BackendTrafficPolicy/shop/api", unit.GetProperty("resource").GetString());
        Assert.Equal("warning", findings[1].GetProperty("severity").GetString());
    }

    [Fact]
    public void Json_for_a_valid_file_is_an_empty_array()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, folder.Write("valid.yaml", Inputs.Valid), "--format", "json", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(run.Stdout).RootElement.GetArrayLength());
    }

    [Fact]
    public void Warnaserror_turns_EG3009_into_an_error_and_exit_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("zero.yaml", Inputs.WarningOnly);

        var plain = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file);
        var strict = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file, "--warnaserror");

        Assert.Equal(0, plain.ExitCode);
        Assert.StartsWith($"{file}(16,21): warning EG3009: ", Assert.Single(plain.StdoutLines), StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.StartsWith($"{file}(16,21): error EG3009: ", Assert.Single(strict.StdoutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Infos_are_hidden_unless_asked_for()
    {
        using var folder = new TempFolder();
        var file = folder.Write("no-namespace.yaml", Inputs.Valid.Replace("  namespace: shop\n", "", StringComparison.Ordinal));

        var hidden = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file);
        var shown = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, file, "--show-info");

        Assert.Equal((0, ""), (hidden.ExitCode, hidden.Stdout));
        Assert.Equal(0, shown.ExitCode);
        Assert.StartsWith($"{file}(3,1): info EG5006: ", Assert.Single(shown.StdoutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_the_parser_refuses_exits_2_with_its_position_and_the_rest_is_validated()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.yaml", Inputs.UnknownField);
        var invalid = folder.Write("invalid.yaml", Inputs.Invalid);

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, invalid, bad);

        Assert.Equal(2, run.ExitCode);
        var parseError = Assert.Single(run.StdoutLines, line => line.StartsWith(bad, StringComparison.Ordinal));
        Assert.StartsWith($"{bad}(5,3): error EGDSL001: unknown field \"nmespace\" in metadata", parseError, StringComparison.Ordinal);
        Assert.EndsWith("(at metadata.nmespace)", parseError, StringComparison.Ordinal);
        Assert.Contains(run.StdoutLines, line => line.StartsWith(invalid, StringComparison.Ordinal) && line.Contains(": error EG", StringComparison.Ordinal));
        Assert.Contains("could not read 1 document (reported as errors)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_kinds_are_set_aside_in_one_line_and_a_broken_document_does_not_hide_the_others()
    {
        const string service = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n";
        const string deployment = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n";
        const string broken = "apiVersion: v1\nkind: ConfigMap\ndata: {a: [1\n";
        using var folder = new TempFolder();
        var stream = folder.Write("stream.yaml", string.Join("---\n", service, Inputs.Invalid.TrimEnd() + "\n", service, broken, deployment, service));

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, stream);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("set aside 4 documents of kinds the DSL does not model: Service ×3, Deployment ×1", run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.StdoutLines, line => line.Contains("EGDSL001", StringComparison.Ordinal) && line.StartsWith(stream + "(", StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, line => line.Contains(": error EG", StringComparison.Ordinal) && !line.Contains("EGDSL", StringComparison.Ordinal));
        Assert.Contains("Validated 1 resource from 1 file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_errors_are_json_too_with_format_json()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("bad.yaml", Inputs.UnknownField);

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, bad, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        var finding = Assert.Single(JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList());
        Assert.Equal("EGDSL001", finding.GetProperty("id").GetString());
        Assert.Equal("metadata.nmespace", finding.GetProperty("path").GetString());
        Assert.Equal((5, 3), (finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void A_missing_input_exits_2()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing.yaml");

        var run = CliRun.Of("validate", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{missing}: error EGDSL002: no such file or folder", Assert.Single(run.StdoutLines));
    }

    [Fact]
    public void Folders_are_searched_recursively_for_yaml_and_yml_and_explicit_files_are_read_whatever_their_extension()
    {
        using var folder = new TempFolder();
        folder.Write("policies/a.yaml", Inputs.Valid);
        var nested = folder.Write("policies/nested/b.YML", Inputs.WarningOnly.Replace("name: api", "name: other", StringComparison.Ordinal));
        folder.Write("policies/notes.txt", "not yaml at all: [");
        var text = folder.Write("extra.txt", Inputs.Invalid.Replace("name: api", "name: third", StringComparison.Ordinal));

        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, Path.Combine(folder.Path, "policies"), text);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("3 resources from 3 files", run.Stderr, StringComparison.Ordinal);
        Assert.Equal([nested, text, text, text], run.StdoutLines.Select(l => l[..l.IndexOf('(', StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("validate")]
    [InlineData("validate x.yaml --format xml")]
    [InlineData("frobnicate")]
    [InlineData("import x.yaml --class class")]
    [InlineData("import x.yaml --namespace My..Space")]
    public void Usage_errors_exit_2_with_a_pointer_to_help(string commandLine)
    {
        var run = CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("error: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "egdsl validate deploy/policies.yaml")]
    [InlineData("validate", "egdsl validate helm-output.yaml --format json > findings.json")]
    [InlineData("import", "egdsl import deploy/policies.yaml -o Policies.cs")]
    public void Every_command_has_help_with_examples(string command, string example)
    {
        var run = CliRun.Of([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:\n  egdsl " + command, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Examples:\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  " + example + "\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_accepts_lower_case_names()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("validate", Inputs.ReleaseOption, Inputs.Release, folder.Write("valid.yaml", Inputs.Valid), "--format", "text");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex("^Validated"), run.Stderr);
    }
}
