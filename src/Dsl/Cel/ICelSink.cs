namespace EnvoyGateway.Dsl.Cel;

/// <summary>Receives each CEL rule that fails: the rule, the field path of its node (plus its fieldPath), the message and where the node is written.</summary>
internal interface ICelSink
{
    void ReportCel(CelRuleInfo rule, string path, string message, SourceLocation source);
}
