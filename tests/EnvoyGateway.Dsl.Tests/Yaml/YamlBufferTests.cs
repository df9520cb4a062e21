using System.Globalization;
using System.Text;
using CsCheck;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>The writer's pooled buffer holds exactly what a <see cref="StringBuilder"/> would, through every growth.</summary>
public class YamlBufferTests
{
    // One append: 0 a character, 1 a character repeated, 2 a string, 3 an integer.
    private static readonly Gen<(int Op, char Char, int Count, string Text, long Number)> Append =
        Gen.Select(Gen.Int[0, 3], Gen.Char, Gen.Int[0, 700], Gen.String, Gen.Long);

    [Fact]
    public void Appends_read_back_as_a_string_builder_writes_them_across_growth()
    {
        Append.Array[0, 200].Sample(
            appends =>
            {
                using var buffer = new YamlBuffer(1); // the smallest rental, so that the appends grow it many times
                var expected = new StringBuilder();
                foreach (var (op, c, count, text, number) in appends)
                {
                    switch (op)
                    {
                        case 0: buffer.Append(c); expected.Append(c); break;
                        case 1: buffer.Append(c, count); expected.Append(c, count); break;
                        case 2: buffer.Append(text); expected.Append(text); break;
                        default: buffer.Append(number); expected.Append(number.ToString(CultureInfo.InvariantCulture)); break;
                    }
                }

                Assert.Equal(expected.ToString(), buffer.ToString());
                Assert.Equal(expected.Length, buffer.Length);
                Assert.Equal(expected.ToString(), buffer.Written.ToString());
            },
            iter: 300);
    }

    [Fact]
    public void Shortening_drops_the_end_and_appends_continue_there()
    {
        using var buffer = new YamlBuffer(4);
        buffer.Append("key: ").Append(long.MinValue);
        Assert.Equal("key: -9223372036854775808", buffer.ToString());
        Assert.Equal("-9223372036854775808", buffer.ToString(5, buffer.Length - 5));

        buffer.Length = 3;
        buffer.Append(long.MaxValue);
        Assert.Equal("key9223372036854775807", buffer.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Length = buffer.Length + 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Length = -1);
    }
}
