using Edu.Dashboard.Features.Shared;

namespace Edu.Dashboard.Tests;

public sealed class RussianPluralTests
{
    [Theory]
    [InlineData(0, "школ")]
    [InlineData(1, "школа")]
    [InlineData(2, "школы")]
    [InlineData(4, "школы")]
    [InlineData(5, "школ")]
    [InlineData(11, "школ")]
    [InlineData(12, "школ")]
    [InlineData(14, "школ")]
    [InlineData(21, "школа")]
    [InlineData(22, "школы")]
    [InlineData(111, "школ")]
    [InlineData(112, "школ")]
    [InlineData(351, "школа")]
    [InlineData(1_003, "школы")]
    public void The_noun_agrees_with_the_count(long count, string expected) =>
        RussianPlural.Of(count, "школа", "школы", "школ").Should().Be(expected);
}
