using System.Globalization;
using Edu.Loading.Headers;
using Edu.Loading.Parsing;
using Edu.Reference;

namespace Edu.Loading.Kinds.Rosters;

/// <summary>
/// Actual participants of the committee's projects, per project, year (§2: «2023/2024» is 2024) and school, with an
/// optional role and partner school (a mentor's mentee). Scope: project × year — a corrected file restates the roster.
/// </summary>
public sealed class RostersLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<(string Project, int Year, string Login, string? Role, string? Partner), int> _seen = [];
    private readonly SortedDictionary<(string Key, int Year), string> _scope = [];

    public override FileKind Kind => FileKind.Rosters;

    public override string Scope => "проекты: " + string.Join("; ", _scope.Select(s => string.Create(CultureInfo.InvariantCulture, $"«{s.Value}» {s.Key.Year}")));

    public override void Row(RowView row)
    {
        var project = row.RequiredText("project") is { } name ? ProjectNames.Display(name) : null;
        var key = project is null ? null : ProjectNames.Key(project);
        var year = row.Required<int>("year", CellParser.Year);
        var login = School(row, "login", row.RequiredText("login", CellParser.Login));
        var role = row.OptionalText("role") is { } written ? RoleNames.Canonical(written) : null;
        var partner = School(row, "partner", row.OptionalText("partner", CellParser.Login));
        if (partner is not null && partner == login) row.Fail("partner", $"ОО «{login}» указана партнёром самой себе");

        if (key is not null && year is not null && login is not null && !_seen.TryAdd((key, year.Value, login, role, partner), row.Number))
            row.FailRow($"ОО {login} в проекте «{project}» за {year} год{(role is null ? "" : $" с ролью «{role}»")} повторяется: уже была в строке {_seen[(key, year.Value, login, role, partner)]}");
        if (row.Failed || !Context.Writing) return;

        _scope.TryAdd((key!, year!.Value), project!);
        Appender("project_rosters").CreateRow()
            .AppendValue(project).AppendValue(key).AppendValue(year).AppendValue(login).AppendValue(role).AppendValue(partner)
            .AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    private string? School(RowView row, string column, string? login)
    {
        if (login is not null && Context.Schools.ByLogin(login) is null) row.Fail(column, Context.UnknownSchool(login));
        return login;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("project_rosters", "project_key", "year");
}
