namespace EnvoyGateway.Dsl.Tool.Reporting;

/// <summary>How <c>validate</c> prints its findings.</summary>
internal enum ReportFormat
{
    /// <summary>One canonical <c>file(line,col): error ID: message</c> line per finding.</summary>
    Text,

    /// <summary>One JSON array of findings.</summary>
    Json,
}
