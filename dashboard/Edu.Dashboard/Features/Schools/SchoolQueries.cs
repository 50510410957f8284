using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Dashboard.Charts;
using Edu.Dashboard.Data;
using Edu.Dashboard.Tables;
using Edu.Storage;

namespace Edu.Dashboard.Features.Schools;

/// <summary>A school as the registry has it; type, locality and enrolment are null where it wrote «н/д».</summary>
public sealed record SchoolProfile(string Login, string Code, string Name, string Municipality, string District, string? Type, bool? IsRural, int? Enrolment);

public sealed record SchoolContextYear(int Year, double? LowIncome, double? Ovz, double? NonNative, double? ParentsHigherEd, double? SingleParent, double? Staffing);

/// <summary>Participants of one procedure in one year, and where the number comes from; null where the file wrote «н/д».</summary>
public sealed record Participation(int Year, string Kind, string Subject, int? Grade, long? Participants, string Source);

/// <summary>What the school page shows. Every query takes the user's scope: outside it a school simply does not exist.</summary>
public static class SchoolQueries
{
    // Logins the scope may see; appended to every query so that no school data leaves its municipality.
    private const string InScope = "login IN (SELECT login FROM schools WHERE $p1 IS NULL OR municipality = $p1)";

    public static SchoolProfile? Profile(DuckDBConnection connection, UserScope scope, string login) =>
        connection.Rows($"""
            SELECT login, code, name, municipality, district, school_type, is_rural, enrolment
            FROM schools WHERE login = $p0 AND {InScope} ORDER BY load_id DESC LIMIT 1
            """,
            r => new SchoolProfile(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.NullableString(5), r.IsDBNull(6) ? null : r.GetBoolean(6), r.NullableInt(7)),
            login, scope.SqlMunicipality).SingleOrDefault();

    /// <summary>
    /// The school's profile when the scope covers it (cached per data version), else why not: another municipality's
    /// school (forbidden) or no such school (not found). What a chart or page of one school asks first.
    /// </summary>
    public static (SchoolProfile? Profile, PlaceAccess Access) Find(TableReader reader, DataVersion version, UserScope scope, string login)
    {
        var profile = reader.Cache.Get(new DataCacheKey("school-profile", login, version, scope), c => new Box<SchoolProfile?>(Profile(c, scope, login))).Value;
        if (profile is not null) return (profile, PlaceAccess.Allowed);
        using var connection = reader.Database.Open();
        return (null, Exists(connection, login) ? PlaceAccess.Forbidden : PlaceAccess.NotFound);
    }

    /// <summary>The school's profile, or the refusal of an endpoint: 403 for another municipality's school, 404 for none.</summary>
    public static (SchoolProfile? Profile, IResult? Refusal) Visible(TableReader reader, DataVersion version, UserScope scope, string login)
    {
        var (profile, access) = Find(reader, version, scope, login);
        return (profile, ChartPlace.Refusal(access));
    }

    /// <summary>Whether the login exists at all: tells «нет доступа» (403) from «нет такой школы» (404).</summary>
    public static bool Exists(DuckDBConnection connection, string login) =>
        connection.Scalar<long>("SELECT count(*) FROM schools WHERE login = $p0", login) > 0;

    public static List<SchoolContextYear> Context(DuckDBConnection connection, UserScope scope, string login) =>
        connection.Rows($"""
            SELECT year, low_income_pct, ovz_pct, non_native_pct, parents_higher_ed_pct, single_parent_pct, staffing_pct
            FROM school_context WHERE login = $p0 AND {InScope} ORDER BY year DESC
            """,
            r => new SchoolContextYear(r.GetInt32(0), r.NullableDouble(1), r.NullableDouble(2), r.NullableDouble(3), r.NullableDouble(4), r.NullableDouble(5), r.NullableDouble(6)),
            login, scope.SqlMunicipality);

    public static List<Participation> Participation(DuckDBConnection connection, UserScope scope, string login) =>
        connection.Rows($"""
            SELECT year, kind, subject, grade, participants, source FROM (
                SELECT year, 'ВПР' AS kind, subject, grade, count(*) AS participants, 'индивидуальные результаты' AS source
                FROM vpr_works WHERE login = $p0 AND {InScope} GROUP BY year, subject, grade
                UNION ALL
                SELECT year, 'ВПР', subject, grade, participants, 'статистика по отметкам'
                FROM vpr_marks WHERE login = $p0 AND {InScope}
                UNION ALL
                SELECT year, 'ОГЭ', subject, NULL, count(*), 'протокол РЦОИ'
                FROM oge_results WHERE login = $p0 AND {InScope} GROUP BY year, subject
                UNION ALL
                SELECT year, 'ЕГЭ', subject, NULL, participants, 'результаты по ОО'
                FROM ege_results WHERE login = $p0 AND {InScope})
            ORDER BY year DESC, kind DESC, subject, grade
            """,
            r => new Participation(r.GetInt32(0), r.GetString(1), r.GetString(2), r.NullableInt(3), r.IsDBNull(4) ? null : r.Long(4), r.GetString(5)),
            login, scope.SqlMunicipality);
}
