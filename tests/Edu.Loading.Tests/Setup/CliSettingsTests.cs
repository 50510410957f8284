using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Setup;

/// <summary>
/// The command line's real configuration sources (appsettings.json beside edu.dll, the environment, the shorthands):
/// which database file a verb opens, and that a bad setting stops it before it touches data.
/// </summary>
public sealed class CliSettingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("edu-cli-settings-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<bool, bool, bool, string> Precedence => new()
    {
        // --db given, EDU_DB set, Database__Path set → the file the verb opens (relative to the folder)
        { true, true, true, "arg.duckdb" },
        { false, true, true, "edu-db.duckdb" },
        { false, false, true, "env/db.duckdb" },
        { false, false, false, "data/analytics.duckdb" },
    };

    [Theory]
    [MemberData(nameof(Precedence))]
    public async Task The_db_argument_wins_over_EDU_DB_over_Database__Path_over_appsettings(bool argument, bool eduDb, bool databasePath, string expected)
    {
        var environment = Environment(("EDU_ROOT", _dir), ("EDU_DB", eduDb ? Path.Combine(_dir, "edu-db.duckdb") : null),
            ("Database__Path", databasePath ? "env/db.duckdb" : null));
        string[] args = ["export", "schools", "--out", Path.Combine(_dir, "schools.csv")];
        if (argument) args = [.. args, "--db", Path.Combine(_dir, "arg.duckdb")];

        var result = await CliProcess.Run(environment, null, args);

        result.ExitCode.Should().Be(0, result.Output);
        DatabaseFiles().Should().Equal(expected);
    }

    [Fact]
    public async Task A_relative_db_argument_is_relative_to_where_the_command_runs_not_to_the_repository()
    {
        var workingDirectory = Directory.CreateDirectory(Path.Combine(_dir, "здесь")).FullName;

        var result = await CliProcess.Run(Environment(("EDU_ROOT", _dir)), workingDirectory, "export", "schools", "--out", "s.csv", "--db", "моя.duckdb");

        result.ExitCode.Should().Be(0, result.Output);
        DatabaseFiles().Should().Equal("здесь/моя.duckdb");
    }

    [Theory]
    [InlineData("0", "Ошибка: недопустимые настройки раздела «Loader»: Loader:MaxFileMegabytes: допустимо от 1 до 2048 (МБ), указано 0")]
    [InlineData("много", "Ошибка: настройки раздела «Loader» не прочитаны: ")]
    public async Task A_bad_loader_setting_stops_every_verb_with_a_Russian_message(string megabytes, string message)
    {
        var result = await CliProcess.Run(Environment(("EDU_ROOT", _dir), ("Loader__MaxFileMegabytes", megabytes)), null,
            "export", "schools", "--out", Path.Combine(_dir, "s.csv"), "--db", Path.Combine(_dir, "x.duckdb"));

        result.ExitCode.Should().Be(1);
        result.Output.Should().StartWith(message);
        DatabaseFiles().Should().BeEmpty("nothing is opened before the settings are valid");
    }

    [Fact]
    public async Task Without_a_salt_anywhere_the_load_creates_salt_key_beside_the_database()
    {
        using var db = new TestDatabase();
        var schools = Fixtures.Schools(db);
        var database = Path.Combine(_dir, "база", "a.duckdb");

        var result = await CliProcess.Run(Environment(("EDU_ROOT", _dir), ("EDU_SALT", null), ("Privacy__Salt", null)), null, "load", schools, "--db", database, "--no-compute");

        result.ExitCode.Should().Be(0, result.Output);
        File.ReadAllText(Path.Combine(_dir, "база", "salt.key")).Trim().Should().HaveLength(44, "32 random bytes in base64");
    }

    /// <summary>The variables that decide the database, cleared unless given, so the machine's own cannot interfere.</summary>
    private static Dictionary<string, string?> Environment(params (string Name, string? Value)[] variables)
    {
        var environment = new Dictionary<string, string?> { ["EDU_DB"] = null, ["EDU_ROOT"] = null, ["Database__Path"] = null, ["Database__Root"] = null };
        foreach (var (name, value) in variables) environment[name] = value;
        return environment;
    }

    /// <summary>The working database files; the published versions in «….published/» beside each are copies of them.</summary>
    private List<string> DatabaseFiles() => Directory.EnumerateFiles(_dir, "*.duckdb", SearchOption.AllDirectories)
        .Where(f => !Path.GetDirectoryName(f)!.EndsWith(".published", StringComparison.Ordinal))
        .Select(f => Path.GetRelativePath(_dir, f)).Order(StringComparer.Ordinal).ToList();
}
