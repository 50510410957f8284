using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>The SPEC §5 columns that most tables share, defined once: year, the school's login, name and municipality, its district.</summary>
public static class StandardColumns
{
    public static ColumnMap<TRow> Year<TRow>(this ColumnMap<TRow> map) where TRow : IYearRow =>
        map.Integer("year", "Год", r => r.Year);

    /// <summary>Логин ОО, Наименование ОО, Муниципалитет: the login and the name name the school, the municipality itself.</summary>
    public static ColumnMap<TRow> School<TRow>(this ColumnMap<TRow> map) where TRow : ISchoolRow => map
        .Text("login", "Логин ОО", r => r.Login, r => EntityRef.School(r.Login))
        .Text("school_name", "Наименование ОО", r => r.SchoolName, r => EntityRef.School(r.Login))
        .Text("municipality", "Муниципалитет", r => r.Municipality, r => EntityRef.Municipality(r.Municipality));

    public static ColumnMap<TRow> District<TRow>(this ColumnMap<TRow> map) where TRow : ISchoolRow =>
        map.Text("district", "Образовательный округ", r => r.District);
}
