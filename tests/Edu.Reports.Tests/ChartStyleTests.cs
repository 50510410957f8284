using Edu.Reports.Charts;

namespace Edu.Reports.Tests;

/// <summary>Axis labels and titles as a Russian reader expects them, whatever the server's culture (STACK.md).</summary>
public class ChartStyleTests
{
    [Theory]
    [InlineData(6.5, "6,5")]
    [InlineData(12500.25, "12 500,25")]
    [InlineData(-1.25, "-1,25")]
    [InlineData(40, "40")]
    [InlineData(-1e-17, "0")]
    public void NumbersHaveADecimalComma(double value, string label) => ChartStyle.Number(value).Should().Be(label);

    [Theory]
    [InlineData(2025, 1, 1, "2025")]
    [InlineData(2025, 7, 1, "июл 2025")]
    [InlineData(2025, 6, 29, "29.06.2025")]
    public void DatesAreAsShortAsTheTickAllows(int year, int month, int day, string label) =>
        ChartStyle.Date(new DateTime(year, month, day)).Should().Be(label);

    [Fact]
    public void LongTitlesBreakAtSpaces()
    {
        ChartStyle.Wrap("Доля детей 5–18 лет, охваченных программами", 20).Should().Be("Доля детей 5–18 лет,\nохваченных\nпрограммами");
        ChartStyle.Wrap("Коротко", 20).Should().Be("Коротко");
    }
}
