using DuckDB.NET.Data;

namespace Edu.Loading;

/// <summary>A registry school; <paramref name="SchoolType"/> is null when the registry wrote «н/д».</summary>
public sealed record RegisteredSchool(string Login, string Code, string Name, string Municipality, string District, string? SchoolType);

/// <summary>The schools already in the database, looked up by login or by Код ОО while a file is validated.</summary>
public sealed class SchoolRegistry
{
    private readonly Dictionary<string, RegisteredSchool> _byLogin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegisteredSchool> _byCode = new(StringComparer.Ordinal);

    public int Count => _byLogin.Count;

    public static SchoolRegistry Read(DuckDBConnection connection)
    {
        var registry = new SchoolRegistry();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT login, code, name, municipality, district, school_type FROM schools";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var school = new RegisteredSchool(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
            registry._byLogin[school.Login] = school;
            registry._byCode[school.Code] = school;
        }
        return registry;
    }

    public RegisteredSchool? ByLogin(string login) => _byLogin.GetValueOrDefault(login);

    /// <summary>Files that carry «Код ОО» may also carry the login itself; both are accepted.</summary>
    public RegisteredSchool? ByCodeOrLogin(string code) =>
        _byCode.GetValueOrDefault(code) ?? _byCode.GetValueOrDefault(code.TrimStart('0')) ?? _byLogin.GetValueOrDefault(code.ToLowerInvariant());
}
