namespace Edu.Analytics.Exports;

/// <summary>A school of the registry.</summary>
public sealed record SchoolRow(
    string Login,
    string Code,
    string Name,
    string Municipality,
    string District,
    string? SchoolType,
    bool? IsRural,
    int? Enrolment) : ISchoolRow
{
    string? ISchoolRow.SchoolName => Name;

    string? ISchoolRow.Municipality => Municipality;

    string? ISchoolRow.District => District;

    /// <summary>«Тип местности» as the registry writes it; none when the registry gave none.</summary>
    public string? Locality => IsRural switch
    {
        true => "село",
        false => "город",
        null => null,
    };
}
