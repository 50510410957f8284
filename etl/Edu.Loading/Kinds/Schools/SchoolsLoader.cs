using Edu.Loading.Headers;
using Edu.Loading.Parsing;
using Edu.Reference;

namespace Edu.Loading.Kinds.Schools;

/// <summary>
/// The schools registry. A school's row replaces that school's earlier row (scope: its login). Login, code,
/// name and municipality place the school; its type, locality and enrolment are values a file may not know
/// («н/д» → NULL, SPEC §3), and the analytics take a missing one as missing (never exempt, no rural flag).
/// </summary>
public sealed class SchoolsLoader(LoadContext context) : KindLoader(context)
{
    private readonly Dictionary<string, int> _logins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);

    public override FileKind Kind => FileKind.Schools;

    public override string Scope => $"ОО: {_logins.Count}";

    public override void Row(RowView row)
    {
        var login = row.RequiredText("login", CellParser.Login);
        var code = row.RequiredText("code");
        var name = row.RequiredText("name");
        var municipalityText = row.RequiredText("municipality");
        var type = row.OptionalText("type") is { } typeText ? SchoolTypes.Canonical(typeText) : null;
        var locality = row.OptionalText("locality");
        var enrolment = row.Optional<int>("enrolment", CellParser.Integer);
        row.InRange("enrolment", enrolment, 0, 20000, "численность обучающихся");

        var municipality = municipalityText is null ? null : Context.Municipalities.Find(municipalityText);
        if (municipalityText is not null && municipality is null) row.Fail("municipality", Context.UnknownMunicipality(municipalityText));

        bool? rural = locality is null ? null : LocalityParser.IsRural(locality);
        if (locality is not null && rural is null) row.Fail("locality", $"тип местности «{locality}» не распознан; ожидалось «город» или «село»");

        var district = municipality?.District;
        var districtText = row.OptionalText("district");
        if (districtText is not null)
        {
            district = Context.Municipalities.FindDistrict(districtText);
            if (district is null) row.Fail("district", $"неизвестный образовательный округ «{districtText}»; ожидался один из: {Context.Municipalities.DescribeDistricts()}");
        }

        if (login is not null && !Unique(_logins, login, row.Number)) row.FailRow($"логин ОО «{login}» повторяется: он уже был в строке {_logins[login]}");
        if (code is not null && !Unique(_codes, code, row.Number)) row.FailRow($"код ОО «{code}» повторяется: он уже был в строке {_codes[code]}");
        if (row.Failed || !Context.Writing) return;

        Appender("schools").CreateRow()
            .AppendValue(login).AppendValue(code).AppendValue(name).AppendValue(municipality!.Name).AppendValue(district)
            .AppendValue(type).AppendValue(rural).AppendValue(enrolment).AppendValue(Context.LoadId).EndRow();
        Rows++;
    }

    public override void ReplaceSuperseded() => DeleteSuperseded("schools", "login");

    private static bool Unique(Dictionary<string, int> seen, string key, int row) => seen.TryAdd(key, row);
}
