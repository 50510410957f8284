using System.Globalization;
using Edu.Loading.Tests.BrokenFiles;
using Edu.Loading.Tests.Support;
using Edu.Reference;
using static Edu.Loading.Tests.BrokenFiles.BrokenInputs;

namespace Edu.Loading.Tests.Loading;

/// <summary>
/// Rows reach DuckDB in hand-overs of TableAppender.HandOverRows while the file is still being read;
/// a file longer than several of them must still load whole, or, with one bad row at its end, not at all.
/// </summary>
public sealed class LongFileTests : IDisposable
{
    private static readonly int Length = TableAppender.HandOverRows * 2 + 5;

    private readonly TestDatabase _db = SeededDatabase.Create();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_file_of_several_hand_overs_loads_every_row()
    {
        var outcome = _db.Load(VprIndividual(_db, "ВПР длинный.xlsx", Works(Length)));

        outcome.Status.Should().Be(LoadStatus.Loaded, string.Join("; ", outcome.Problems));
        outcome.Rows.Should().Be(Length);
        _db.Scalar<long>("SELECT count(*) FROM vpr_works WHERE load_id = $p0", outcome.LoadId).Should().Be(Length);
    }

    [Fact]
    public void A_duplicate_in_the_last_row_takes_back_the_rows_already_handed_over()
    {
        var path = VprIndividual(_db, "ВПР длинный с повтором.xlsx", [.. Works(Length), Work("100001")]);

        var outcome = Rejection.Load(_db, path);

        outcome.ShouldReport(new("участник «100001» ОО «sch470001» повторяется в этой процедуре", "Результаты", 3 + Length + 1));
        outcome.ProblemCount.Should().Be(1);
    }

    private static object?[][] Works(int count) =>
        Enumerable.Range(100_001, count).Select(n => Work(n.ToString(CultureInfo.InvariantCulture))).ToArray();
}
