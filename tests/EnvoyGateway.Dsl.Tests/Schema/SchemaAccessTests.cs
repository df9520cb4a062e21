using System.Collections;
using EnvoyGateway.Dsl.Rules.Schema;
using EnvoyGateway.Dsl.Tests.Upstream;
using EnvoyGateway.Dsl.Validation;

namespace EnvoyGateway.Dsl.Tests.Schema;

/// <summary>
/// The generated <see cref="SchemaAccess"/> answers the walk's questions three ways: the boxed value, whether
/// it is set, and its number. The two typed ones must say what the boxed value says, for every property of
/// every object that Envoy Gateway's own documents hold (every release's storable documents of the corpus).
/// </summary>
public class SchemaAccessTests
{
    [Fact]
    public void Is_set_and_number_agree_with_the_boxed_value_on_every_upstream_object()
    {
        var counts = new Counts();
        foreach (var file in UpstreamCorpus.Rows.Where(r => r.Verdict == "storable").Select(r => r.File).Distinct())
        {
            foreach (var resource in ManifestSet.Read(File.ReadAllText(Path.Combine(UpstreamCorpus.Folder, file)), file).Resources)
            {
                var type = SchemaWalk.TypeOf(resource.GetType().FullName!);
                if (type >= 0)
                {
                    Check(type, resource, counts);
                }
            }
        }

        // Not vacuous: the corpus sets many properties, numbers among them, and int-or-strings of both kinds.
        Assert.True(counts.Objects > 20_000 && counts.Set > 40_000 && counts.Numbers > 3_000 && counts.IntOrStringTexts > 50, counts.ToString());
    }

    [Fact]
    public void Is_set_and_number_agree_with_the_boxed_value_on_a_new_object_of_every_type()
    {
        var counts = new Counts();
        for (var type = 0; type < SchemaTable.Types.Length; type++)
        {
            // A model type's constructor takes the caller's file and line (optional), and a kind's the resource's name.
            var constructor = typeof(ManifestSet).Assembly.GetType(SchemaTable.Types[type].FullName, throwOnError: true)!.GetConstructors().Single();
            Check(type, constructor.Invoke([.. constructor.GetParameters().Select(p => p.HasDefaultValue ? p.DefaultValue : "name")]), counts);
        }

        // The only properties set on a new object are the parts it creates itself (a kind's spec), each walked too.
        Assert.Equal(counts.Objects - SchemaTable.Types.Length, counts.Set);
        Assert.Equal(0, counts.Numbers);
    }

    private static void Check(int type, object part, Counts counts)
    {
        counts.Objects++;
        var owner = SchemaTable.Types[type];
        for (var p = owner.FirstProperty; p < owner.FirstProperty + owner.PropertyCount; p++)
        {
            var property = SchemaTable.Properties[p];
            var value = SchemaAccess.Value(part, p);
            var set = value switch
            {
                null => false,
                ICollection collection => collection.Count > 0,
                _ => true,
            };
            Assert.True(set == SchemaAccess.IsSet(part, p), $"{owner.FullName}.{property.Member}: IsSet says {!set}");
            counts.Set += set ? 1 : 0;

            double? number = value switch
            {
                int n => n,
                long n => n,
                uint n => n,
                double n => n,
                IntOrString { IsString: false } n => n.IntValue,
                _ => null,
            };
            Assert.True(number == SchemaAccess.Number(part, p), $"{owner.FullName}.{property.Member}: {value} read as {SchemaAccess.Number(part, p)}");
            counts.Numbers += number is null ? 0 : 1;
            counts.IntOrStringTexts += value is IntOrString { IsString: true } ? 1 : 0;

            if (property.Type < 0)
            {
                continue;
            }

            switch (value)
            {
                case SourceTrackedObject child:
                    Check(property.Type, child, counts);
                    break;
                case IList items:
                    foreach (var item in items.OfType<SourceTrackedObject>())
                    {
                        Check(property.Type, item, counts);
                    }

                    break;
                case IDictionary entries:
                    foreach (var item in entries.Values.OfType<SourceTrackedObject>())
                    {
                        Check(property.Type, item, counts);
                    }

                    break;
            }
        }
    }

    private sealed class Counts
    {
        public int Objects { get; set; }

        public int Set { get; set; }

        public int Numbers { get; set; }

        public int IntOrStringTexts { get; set; }

        public override string ToString() => $"objects {Objects}, set {Set}, numbers {Numbers}, int-or-string texts {IntOrStringTexts}";
    }
}
