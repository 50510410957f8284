using System.Data.Common;
using DuckDB.NET.Data;
using Edu.Analytics.Model;
using Edu.Spreadsheets;
using Edu.Storage;

namespace Edu.Analytics.Exports;

/// <summary>«mentors»: every «ШНОР» school and its mentor (SPEC §5). The municipality filter applies to the mentee.</summary>
public sealed class MentorsExport : Export<MentorRow>
{
    public override string Name => "mentors";

    public override string Title => "Наставничество";

    // The mentor's columns name the mentor school and its municipality, which may lie outside a municipal user's scope.
    public override ColumnMap<MentorRow> Columns { get; } = new ColumnMap<MentorRow>()
        .Year().School()
        .Text("mentor_login", "Логин наставника", r => r.MentorLogin, r => EntityRef.School(r.MentorLogin))
        .Text("mentor_name", "Наименование наставника", r => r.MentorName, r => EntityRef.School(r.MentorLogin))
        .Text("mentor_municipality", "Муниципалитет наставника", r => r.MentorMunicipality, r => EntityRef.Municipality(r.MentorMunicipality))
        .Label("match", "Подбор", Labels.MentorMatches, r => r.Match)
        .District();

    /// <summary>The columns <see cref="Map"/> reads, for every query of the pairs (the school's and municipality's cards too).</summary>
    internal const string Select = "SELECT year, login, school_name, municipality, district, mentor_login, mentor_name, mentor_municipality, match FROM mentors";

    private const string Sql = $"""
        {Select}
        WHERE {ExportFilter.Sql}
        ORDER BY year, login
        """;

    public override IReadOnlyList<MentorRow> Rows(DuckDBConnection connection, ExportFilter filter) => connection.Rows(Sql, Map, filter.Parameters);

    internal static MentorRow Map(DbDataReader r) => new(
        r.GetInt32(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4),
        r.NullableString(5), r.NullableString(6), r.NullableString(7), Labels.MentorMatches.Parse(r.GetString(8)));
}
