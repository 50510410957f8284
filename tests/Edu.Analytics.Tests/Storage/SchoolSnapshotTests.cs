using Edu.Analytics.Storage;

namespace Edu.Analytics.Tests.Storage;

public class SchoolSnapshotTests
{
    private static readonly SchoolSnapshot Schools = SchoolSnapshot.Of(
    [
        ("sch1", "Школа 1", "Лужский район", "Южный"),
        ("Sch1", "Школа 1б", "Гатчинский район", "Западный"),
        ("sch10", "Школа 10", "Лужский район", "Южный"),
        ("яшкола", "Школа Я", "Бокситогорский район", "Восточный"),
        ("a", "Школа А", "Гатчинский район", "Западный"),
    ]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void GivesTheOrderOfYearMunicipalityLoginStableIncluded(bool groupedBySchoolYear)
    {
        // Many rows per school-year, as the engine hands them over, or shuffled; "nobody" is missing from the registry
        // and goes last in its year. Ids show that rows of one school-year keep their order.
        var random = new Random(5);
        string[] logins = ["sch1", "Sch1", "sch10", "яшкола", "a", "nobody"];
        var rows = Enumerable.Range(0, 3_000)
            .Select(i => (Year: 2023 + random.Next(3), Login: logins[random.Next(logins.Length)], Id: i))
            .ToList();
        if (groupedBySchoolYear)
        {
            rows = [.. rows.OrderBy(r => r.Year).ThenBy(r => r.Login, StringComparer.Ordinal)];
        }

        var sorted = Schools.Sorted(rows, r => r.Year, r => r.Login).ToList();

        var expected = rows
            .OrderBy(r => r.Year)
            .ThenBy(r => Schools.Municipality(r.Login) ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Login, StringComparer.Ordinal)
            .ToList();
        sorted.Select(r => r.Id).Should().Equal(expected.Select(r => r.Id));
    }

    [Fact]
    public void NoRowsGiveNone() =>
        Schools.Sorted(Array.Empty<(int Year, string Login)>(), r => r.Year, r => r.Login).Should().BeEmpty();
}
