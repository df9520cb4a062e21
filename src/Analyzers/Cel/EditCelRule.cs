using EnvoyGateway.Dsl.Cel;

namespace EnvoyGateway.Dsl.Analyzers.Cel;

/// <summary>One generated CEL rule at edit time: what it is (shared with build time) and its evaluation over three-valued values.</summary>
internal sealed class EditCelRule
{
    public EditCelRule(CelRuleInfo info, Func<CelValue, CelValue> evaluate)
    {
        Info = info;
        Evaluate = evaluate;
    }

    public CelRuleInfo Info { get; }

    public Func<CelValue, CelValue> Evaluate { get; }
}
