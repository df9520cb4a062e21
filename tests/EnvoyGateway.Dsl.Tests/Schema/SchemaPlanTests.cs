using EnvoyGateway.Dsl.Rules;
using EnvoyGateway.Dsl.Rules.Schema;

namespace EnvoyGateway.Dsl.Tests.Schema;

/// <summary>
/// <see cref="SchemaPlan"/> may leave a property out only when <see cref="SchemaWalk.CheckProperty"/> can report
/// nothing for it: every property of every type in every release, given hostile values, absent and unknown.
/// </summary>
public class SchemaPlanTests
{
    private static readonly HostileObject[] Objects =
    [
        new(FactKind.Known, "", -1e18, 3),
        new(FactKind.Known, new string('~', 5000) + " not valid!", 1e18, 70),
        new(FactKind.Absent, "", 0, 0),
        new(FactKind.Unknown, "", 0, 0),
    ];

    [Fact]
    public void A_property_left_out_of_the_plan_reports_nothing_whatever_its_value()
    {
        var reportedByChecked = 0;
        for (var release = 0; release < SchemaTable.ReleaseNames.Length; release++)
        {
            for (var type = 0; type < SchemaTable.Types.Length; type++)
            {
                var owner = SchemaTable.Types[type];
                var plan = SchemaPlan.Of(type, release);
                for (var p = owner.FirstProperty; p < owner.FirstProperty + owner.PropertyCount; p++)
                {
                    var property = SchemaTable.Properties[p];
                    var rules = property.RulesIn(1u << release);
                    var planned = Array.FindIndex(plan.Checked, c => c.Index == p);
                    if (planned >= 0)
                    {
                        Assert.Same(property, plan.Checked[planned].Property);
                        Assert.Same(rules, plan.Checked[planned].Rules);
                    }

                    foreach (var value in Objects)
                    {
                        var sink = new CountingSink();
                        SchemaWalk.CheckProperty(owner, new PlannedProperty(p, property, rules), value, release, sink);
                        if (planned >= 0)
                        {
                            reportedByChecked += sink.Count;
                        }
                        else
                        {
                            Assert.True(sink.Count == 0, $"{owner.FullName}.{SchemaTable.Properties[p].JsonName} in {SchemaTable.ReleaseNames[release]} is left out of the plan but reports {sink.First}");
                        }
                    }
                }
            }
        }

        // The hostile values do break rules: the comparison above is not vacuous.
        Assert.True(reportedByChecked > 10_000, $"only {reportedByChecked} findings over the planned properties");
    }

    [Fact]
    public void The_children_are_the_object_valued_properties_of_the_release()
    {
        for (var release = 0; release < SchemaTable.ReleaseNames.Length; release++)
        {
            for (var type = 0; type < SchemaTable.Types.Length; type++)
            {
                var owner = SchemaTable.Types[type];
                var expected = Enumerable.Range(owner.FirstProperty, owner.PropertyCount)
                    .Where(p => SchemaTable.Properties[p].Type >= 0 && (SchemaTable.Properties[p].Releases & (1u << release)) != 0);
                Assert.Equal(expected, SchemaPlan.Of(type, release).Children);
            }
        }
    }

    private sealed class HostileObject(FactKind presence, string text, double number, int count) : ISchemaObject
    {
        public FactKind Presence(int property) => presence;

        public Fact<string> Text(int property) => Of(text);

        public Fact<double> Number(int property) => presence == FactKind.Known ? Fact<double>.Of(number) : presence == FactKind.Absent ? Fact<double>.Absent : Fact<double>.Unknown;

        public int Count(int property, out bool exact)
        {
            exact = presence == FactKind.Known;
            return count;
        }

        public Fact<string> ItemText(int property, int index) => Of(text);

        public Fact<string> EntryText(int property, int index, out string? key)
        {
            key = "key" + index;
            return Of(text);
        }

        // The same key in every item: duplicates wherever items must be unique.
        public Fact<string> ItemKey(int property, int index, int key) => Of("same");

        private Fact<string> Of(string value) => presence == FactKind.Known ? Fact<string>.Of(value) : presence == FactKind.Absent ? Fact<string>.Absent : Fact<string>.Unknown;
    }

    private sealed class CountingSink : IRuleSink
    {
        public int Count { get; private set; }

        public string? First { get; private set; }

        public void Report(RuleDescriptor rule, string field, object?[] args, string? fixData = null)
        {
            First ??= rule.Id + " at " + field;
            Count++;
        }
    }
}
