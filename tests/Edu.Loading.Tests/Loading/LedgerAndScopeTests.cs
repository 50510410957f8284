using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.Loading;

/// <summary>The same file twice changes nothing; a corrected file replaces exactly its own scope.</summary>
public sealed class LedgerAndScopeTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public LedgerAndScopeTests() => _db.Load(Fixtures.Schools(_db)).Status.Should().Be(LoadStatus.Loaded);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Same_file_loaded_twice_is_recognised_by_content_and_changes_nothing()
    {
        var path = Fixtures.VprMarks(_db);
        _db.Load(path).Status.Should().Be(LoadStatus.Loaded);
        var before = DatabaseSnapshot.Take(_db);

        // A copy under another name is still the same content.
        var copy = _db.File("копия.xlsx");
        File.Copy(path, copy);
        var again = _db.Load(copy);

        again.Status.Should().Be(LoadStatus.AlreadyLoaded);
        again.StatusText().Should().Be("уже загружен");
        DatabaseSnapshot.Take(_db).Should().Equal(before);
        _db.Rows("SELECT outcome FROM loads ORDER BY load_id").Select(r => r[0])
            .Should().Equal("загружен", "загружен", "уже загружен");
    }

    [Fact]
    public void Corrected_marks_file_replaces_only_its_subject_grade_and_year()
    {
        _db.Load(Fixtures.VprMarks(_db, "математика.xlsx", "Математика", share2: 10.5)).Status.Should().Be(LoadStatus.Loaded);
        _db.Load(Fixtures.VprMarksFractions(_db)).Status.Should().Be(LoadStatus.Loaded);
        var russianBefore = _db.Rows("SELECT * FROM vpr_marks WHERE subject = 'Русский язык' ORDER BY login");

        var corrected = _db.Load(Fixtures.VprMarks(_db, "математика исправленный.xlsx", "Математика", share2: 20.5));

        corrected.Status.Should().Be(LoadStatus.Loaded);
        _db.Scalar<int>("SELECT count(*) FROM vpr_marks WHERE subject = 'Математика'").Should().Be(3, "the corrected rows replace, not add to, the earlier ones");
        _db.Scalar<double>("SELECT share2 FROM vpr_marks WHERE subject = 'Математика' AND login = 'sch470001'").Should().Be(20.5);
        _db.Rows("SELECT * FROM vpr_marks WHERE subject = 'Русский язык' ORDER BY login").Should().BeEquivalentTo(russianBefore, "another subject is another scope");
        _db.Scalar<int>("SELECT count(*) FROM loads WHERE outcome = 'загружен' AND kind = 'vpr-marks'").Should().Be(3, "the history keeps both versions");
    }

    [Fact]
    public void Corrected_individual_results_replace_works_and_task_list_of_the_procedure()
    {
        _db.Load(Fixtures.VprIndividual(_db, "v1.xlsx", journalOf6: 4)).Status.Should().Be(LoadStatus.Loaded);
        _db.Load(Fixtures.VprIndividual(_db, "v1 другой год.xlsx", year: 2023)).Status.Should().Be(LoadStatus.Loaded);

        _db.Load(Fixtures.VprIndividual(_db, "v2.xlsx", journalOf6: 3)).Status.Should().Be(LoadStatus.Loaded);

        _db.Scalar<int>("SELECT count(*) FROM vpr_works WHERE year = 2024").Should().Be(5);
        _db.Scalar<int>("SELECT journal_mark FROM vpr_works WHERE year = 2024 AND participant_code = '20002'").Should().Be(3);
        _db.Scalar<int>("SELECT count(*) FROM vpr_tasks WHERE year = 2024").Should().Be(4);
        _db.Scalar<int>("SELECT count(*) FROM vpr_works WHERE year = 2023").Should().Be(5, "2023 is another scope");
    }

    [Fact]
    public void Coverage_scope_is_the_reporting_date()
    {
        _db.Load(Fixtures.CoverageCsv(_db, "апрель.csv", "01.04.2024")).Status.Should().Be(LoadStatus.Loaded);
        _db.Load(Fixtures.CoverageCsv(_db, "июль.csv", "01.07.2024")).Status.Should().Be(LoadStatus.Loaded);
        _db.Scalar<int>("SELECT count(*) FROM coverage").Should().Be(6);

        var corrected = _db.File("апрель исправленный.csv");
        File.WriteAllText(corrected, File.ReadAllText(_db.File("апрель.csv")).Replace("9 850", "9 900", StringComparison.Ordinal), new System.Text.UTF8Encoding(true));
        _db.Load(corrected).Status.Should().Be(LoadStatus.Loaded);

        _db.Scalar<int>("SELECT count(*) FROM coverage").Should().Be(6);
        _db.Scalar<int>("SELECT children_5_18 FROM coverage WHERE report_date = DATE '2024-04-01' AND municipality = 'Лужский район'").Should().Be(9900);
    }

    [Fact]
    public void Every_original_is_archived_and_recorded_with_hash_rows_and_user()
    {
        var outcome = _db.Load(Fixtures.Targets(_db));
        var row = _db.Rows("SELECT file_name, kind, file_hash, row_count, outcome, user_name, archive_path FROM loads WHERE load_id = $p0", outcome.LoadId)[0];
        row.Take(2).Should().Equal("Целевые показатели.xlsx", "targets");
        ((string)row[2]!).Should().MatchRegex("^[0-9a-f]{64}$");
        row.Skip(3).Take(3).Should().Equal(3, "загружен", "тест");
        File.ReadAllBytes((string)row[6]!).Should().Equal(File.ReadAllBytes(_db.File("Целевые показатели.xlsx")));
    }
}
