using System.Data.Common;
using DuckDB.NET.Data;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>«schools»: the registry as loaded (SPEC §5). It has no year, so the filter's year is not used.</summary>
public sealed class SchoolsExport : Export<SchoolRow>
{
    public override string Name => "schools";

    public override string Title => "ОО";

    public override ColumnMap<SchoolRow> Columns { get; } = new ColumnMap<SchoolRow>()
        .Text("login", "Логин ОО", r => r.Login, r => EntityRef.School(r.Login))
        .Text("code", "Код ОО", r => r.Code)
        .Text("school_name", "Наименование ОО", r => r.Name, r => EntityRef.School(r.Login))
        .Text("municipality", "Муниципалитет", r => r.Municipality, r => EntityRef.Municipality(r.Municipality))
        .District()
        .Text("type", "Тип ОО", r => r.SchoolType)
        .Text("locality", "Тип местности", r => r.Locality)
        .Integer("enrolment", "Численность обучающихся", r => r.Enrolment);

    /// <summary>The columns <see cref="Map"/> reads, for every query of the registry (the search too).</summary>
    internal const string Select = "SELECT login, code, name, municipality, district, school_type, is_rural, enrolment FROM schools";

    private const string Sql = $"""
        {Select} WHERE ($p0 IS NULL OR municipality = $p0) AND ($p1 IS NULL OR login = $p1) ORDER BY login
        """;

    public override IReadOnlyList<SchoolRow> Rows(DuckDBConnection connection, ExportFilter filter) =>
        connection.Rows(Sql, Map, filter.Municipality, filter.Login);

    internal static SchoolRow Map(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.NullableString(5), r.IsDBNull(6) ? null : r.GetBoolean(6), r.NullableInt(7));
}
