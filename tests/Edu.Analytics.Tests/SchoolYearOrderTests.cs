using Edu.Analytics.Methods;
using Edu.Analytics.Model;

namespace Edu.Analytics.Tests;

public class SchoolYearOrderTests
{
    [Fact]
    public void GivesTheOrderOfTheThreeKeyOrderByStableIncluded()
    {
        // Random rows with many repeats of (year, login, procedure), so that stability is exercised too;
        // logins differ in case and length, where ordinal order is not the culture's.
        var random = new Random(3);
        string[] logins = ["sch47001", "Sch47001", "sch4700", "sch470010", "ЯШкола", "a", "B"];
        ProcedureKey[] procedures = [TestData.Math5, TestData.Russian5, TestData.Math6, TestData.OgeRussian];
        var rows = Enumerable.Range(0, 2_000)
            .Select(i => (Year: 2022 + random.Next(4), Login: logins[random.Next(logins.Length)], Procedure: procedures[random.Next(procedures.Length)], Id: i))
            .ToList();

        var sorted = SchoolYearOrder.Sort(rows, r => r.Year, r => r.Login, r => r.Procedure);

        var expected = rows.OrderBy(r => r.Year).ThenBy(r => r.Login, StringComparer.Ordinal).ThenBy(r => r.Procedure).ToList();
        sorted.Select(r => r.Id).Should().Equal(expected.Select(r => r.Id));
    }

    [Fact]
    public void FewKeysAndManyGiveTheSameOrder()
    {
        // Few possible keys for the rows: they are placed by counting; years far apart make many: they are compared.
        var random = new Random(5);
        string[] logins = ["sch47001", "Sch47001", "sch4700", "ЯШкола", "a"];
        ProcedureKey[] procedures = [TestData.Math5, TestData.Russian5, TestData.OgeRussian];
        foreach (var years in new[] { new[] { 2024, 2025 }, new[] { 1990, 2025, 2400 } })
        {
            var rows = Enumerable.Range(0, 50)
                .Select(i => (Year: years[random.Next(years.Length)], Login: logins[random.Next(logins.Length)], Procedure: procedures[random.Next(procedures.Length)], Id: i))
                .ToList();

            var sorted = SchoolYearOrder.Sort(rows, r => r.Year, r => r.Login, r => r.Procedure);

            var expected = rows.OrderBy(r => r.Year).ThenBy(r => r.Login, StringComparer.Ordinal).ThenBy(r => r.Procedure).ToList();
            sorted.Select(r => r.Id).Should().Equal(expected.Select(r => r.Id));
        }
    }

    [Fact]
    public void ByALoginOrderTheRowsOfOneSchoolYearKeepTheirOrder()
    {
        var random = new Random(7);
        string[] logins = ["b", "a", "c", "Я"];
        var byPlace = Comparer<string>.Create((x, y) => string.CompareOrdinal(x == "c" ? "0" : x, y == "c" ? "0" : y));
        var rows = Enumerable.Range(0, 500).Select(i => (Year: 2023 + random.Next(3), Login: logins[random.Next(logins.Length)], Id: i)).ToList();

        var sorted = SchoolYearOrder.Sort(rows, r => r.Year, r => r.Login, byPlace);

        var expected = rows.OrderBy(r => r.Year).ThenBy(r => r.Login, byPlace).ToList();
        sorted.Select(r => r.Id).Should().Equal(expected.Select(r => r.Id));
    }

    [Fact]
    public void ProcedureZScoresEqualZScoresOfEachProcedureYear()
    {
        // The one-pass z-scores must give what ZScores.Compute gives over each procedure-year's schools.
        var random = new Random(9);
        var results = Enumerable.Range(0, 300)
            .Select(i => new ProcedureResult(
                2023 + (i % 2), $"sch{i / 3:D4}", i % 3 == 0 ? TestData.Math5 : TestData.Russian5, ResultSource.VprMarks,
                10 + random.Next(30), random.Next(5) > 0, 2 + (random.NextDouble() * 3), 0, null, null))
            .ToList();

        var zs = ResultIndex.ProcedureZScores(results).ToDictionary(z => (z.Year, z.Login, z.Procedure), z => z.Z);

        var expected = results.Where(r => r.IsCounted)
            .GroupBy(r => (r.Year, r.Procedure))
            .SelectMany(g => ZScores.Compute(g.ToDictionary(r => r.Login, r => r.Mean!.Value))
                .Select(kv => (Key: (g.Key.Year, kv.Key, g.Key.Procedure), Z: kv.Value)))
            .ToDictionary(x => x.Key, x => x.Z);
        zs.Should().Equal(expected);
    }
}
