using System.Text;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.Hostile;

/// <summary>The command line says exactly what it did and refuses what it does not understand.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("--yaer", "2024", "неизвестный параметр --yaer; ожидалось: ./edu export ТАБЛИЦА --out ФАЙЛ.xlsx|.csv")]
    [InlineData("schools-extra", null, "лишние слова в команде: «schools-extra»; ожидалось: ./edu export ТАБЛИЦА")]
    public async Task Export_refuses_an_unknown_option_or_a_stray_word_instead_of_ignoring_it(string word, string? value, string message)
    {
        var output = Path.Combine(_db.Directory, "schools.xlsx");
        string[] args = ["export", "schools", "--out", output, word, .. value is null ? Array.Empty<string>() : [value], "--db", _db.Database.Path];

        var result = await CliProcess.Run(args);

        result.ExitCode.Should().Be(1, result.Output);
        result.Output.Should().Contain("Ошибка: " + message);
        File.Exists(output).Should().BeFalse("nothing is exported from a command that was not understood");
    }

    [Fact]
    public async Task A_refusal_with_more_problems_than_the_report_holds_says_how_many_the_report_has()
    {
        var text = new StringBuilder("Код показателя;Показатель;Муниципалитет;Срок;Целевое значение;Условие\n");
        for (var i = 1; i <= 1500; i++) text.Append($"IND_{i};Показатель {i};;31.12.2025;50;примерно\n");
        var path = _db.File("показатели 1500 ошибок.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));

        var result = await CliProcess.Run("load", path, "--db", _db.Database.Path);

        result.ExitCode.Should().Be(2, result.Output);
        result.Output.Should().Contain("  … и ещё 1\u00a0480 (в отчёте об ошибках — первые 1\u00a0000 из 1\u00a0500)")
            .And.NotContain("все — в отчёте об ошибках");
    }
}
