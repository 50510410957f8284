using System.Text;
using Edu.Loading.Setup;
using Edu.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edu.Loading.Tests.Setup;

/// <summary>
/// «Database», «Privacy» and «Loader» as both hosts read them: appsettings, then environment variables (Section__Key;
/// an in-memory source stands in for them here, so that no test changes this process's environment), then the
/// shorthands. The real order of the real sources is checked through the command line in <see cref="CliSettingsTests"/>.
/// </summary>
public sealed class LoadingOptionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("edu-options-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string?, string?, string?, string> Precedence => new()
    {
        // --db, EDU_DB, Database__Path → the file used (relative to the root «/repo» unless typed by the user)
        { "/a/arg.duckdb", "/a/edu-db.duckdb", "env.duckdb", "/a/arg.duckdb" },
        { null, "/a/edu-db.duckdb", "env.duckdb", "/a/edu-db.duckdb" },
        { null, null, "env.duckdb", "/repo/env.duckdb" },
        { null, null, null, "/repo/app.duckdb" },
    };

    [Theory]
    [MemberData(nameof(Precedence))]
    public void The_db_argument_wins_over_EDU_DB_which_wins_over_Database__Path_which_wins_over_appsettings(
        string? argument, string? eduDb, string? environmentPath, string expected)
    {
        var variables = new Dictionary<string, string?> { ["EDU_ROOT"] = "/repo", ["EDU_DB"] = eduDb };
        var options = Bind<DatabaseOptions>(Settings(("Database:Path", environmentPath)), argument, variables);

        options.FullPath.Should().Be(expected);
    }

    [Fact]
    public void A_path_typed_by_the_user_is_relative_to_the_working_directory_a_configured_one_to_the_root()
    {
        var typed = Bind<DatabaseOptions>(Settings(), "мой.duckdb", new() { ["EDU_ROOT"] = "/repo" });
        var configured = Bind<DatabaseOptions>(Settings(("Database:Path", "данные/моя.duckdb")), null, new() { ["EDU_ROOT"] = "/repo" });

        typed.FullPath.Should().Be(Path.Combine(Directory.GetCurrentDirectory(), "мой.duckdb"));
        configured.FullPath.Should().Be("/repo/данные/моя.duckdb");
        configured.Resolve("data/inbox").Should().Be("/repo/data/inbox");
        configured.Resolve("/srv/inbox").Should().Be("/srv/inbox");
    }

    [Fact]
    public void EDU_SALT_wins_over_Privacy__Salt_and_an_empty_variable_counts_as_unset()
    {
        Bind<PrivacyOptions>(Settings(("Privacy:Salt", "из-настроек")), null, new() { ["EDU_SALT"] = "из-переменной" }).Salt.Should().Be("из-переменной");
        Bind<PrivacyOptions>(Settings(("Privacy:Salt", "из-настроек")), null, new() { ["EDU_SALT"] = "" }).Salt.Should().Be("из-настроек");
        ShorthandConfiguration.Keys(null, _ => "").Should().BeEmpty();
    }

    [Fact]
    public void Loader_limit_is_bound_and_becomes_the_readers_file_limit()
    {
        var loader = Bind<LoaderOptions>(Settings(("Loader:MaxFileMegabytes", "3")), null, []);
        var settings = LoadSettings.From(new PrivacyOptions { Salt = "соль" }, loader, _dir, "тест");

        settings.Limits.MaxFileBytes.Should().Be(3L * 1024 * 1024);
        settings.User.Should().Be("тест");
        new LoaderOptions().MaxFileMegabytes.Should().Be(200, "the documented default");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2049")]
    [InlineData("-5")]
    public void A_file_limit_out_of_range_fails_with_a_Russian_message(string megabytes)
    {
        var act = () => Bind<LoaderOptions>(Settings(("Loader:MaxFileMegabytes", megabytes)), null, []);

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should()
            .Equal($"Loader:MaxFileMegabytes: допустимо от 1 до 2048 (МБ), указано {megabytes}");
    }

    [Fact]
    public void An_empty_database_path_or_a_relative_root_fails_with_Russian_messages()
    {
        var act = () => Bind<DatabaseOptions>(Settings(("Database:Path", " "), ("Database:Root", "repo")), null, []);

        act.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal(
            "Database:Path: путь к файлу базы данных не задан",
            "Database:Root: ожидался абсолютный путь к папке, указано «repo»");
    }

    [Fact]
    public void Without_a_configured_salt_one_is_created_once_beside_the_database_and_reused()
    {
        var data = Path.Combine(_dir, "data");

        var first = ParticipantSalt.Resolve(new PrivacyOptions(), data);
        var second = ParticipantSalt.Resolve(new PrivacyOptions { Salt = "   " }, data);

        var file = Path.Combine(data, "salt.key");
        File.Exists(file).Should().BeTrue();
        first.Should().HaveCount(32).And.Equal(second);
        if (!OperatingSystem.IsWindows()) File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void A_configured_salt_is_used_as_is_and_no_salt_file_is_made()
    {
        var data = Path.Combine(_dir, "data");

        ParticipantSalt.Resolve(new PrivacyOptions { Salt = "соль-из-настроек" }, data).Should().Equal(Encoding.UTF8.GetBytes("соль-из-настроек"));
        File.Exists(Path.Combine(data, "salt.key")).Should().BeFalse();
    }

    /// <summary>appsettings (Database:Path = app.duckdb), then the stand-in for environment variables, then the shorthands.</summary>
    private static T Bind<T>(Dictionary<string, string?> environmentSettings, string? argument, Dictionary<string, string?> variables)
        where T : class
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = "app.duckdb" })
            .AddInMemoryCollection(environmentSettings)
            .AddShorthands(argument, name => variables.GetValueOrDefault(name))
            .Build();
        using var services = new ServiceCollection().AddLoadingOptions(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<T>>().Value;
    }

    private static Dictionary<string, string?> Settings(params (string Key, string? Value)[] settings) =>
        settings.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => s.Value);
}
