
namespace Edu.Loading.Tests.Loading;

/// <summary>The duplicate check keeps digests, not keys: keys that differ only in where their parts split must stay apart.</summary>
public sealed class KeyDigestSetTests
{
    [Fact]
    public void The_same_key_twice_is_a_duplicate()
    {
        var set = new KeyDigestSet();

        set.Add([2024, 5], ["Математика", "sch470001", "10001"]).Should().BeTrue();
        set.Add([2024, 5], ["Математика", "sch470001", "10001"]).Should().BeFalse();
        set.Count.Should().Be(1);
    }

    [Fact]
    public void Keys_whose_parts_split_differently_or_differ_in_null_are_distinct()
    {
        var set = new KeyDigestSet();

        set.Add([2024], ["ab", "c"]).Should().BeTrue();
        set.Add([2024], ["a", "bc"]).Should().BeTrue();
        set.Add([2024], ["abc", ""]).Should().BeTrue();
        set.Add([2024], ["abc", null]).Should().BeTrue();
        set.Add([2024, 0], ["abc"]).Should().BeTrue();
        set.Add([], [new string('я', 400)]).Should().BeTrue("a key longer than the stack buffer takes the pooled one");
        set.Add([], [new string('я', 400)]).Should().BeFalse();
    }
}
