using System.Globalization;
using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Loading.Kinds.VprTasks;

/// <summary>
/// The maxima of one procedure's tasks as each side of SPEC §13's check has them: the task columns of the loaded
/// individual results («9.1 (2б)») and the loaded codifier. Whichever of the two files comes second is checked
/// against the first, so the order of loading does not decide whether a mismatch is caught.
/// </summary>
internal static class TaskMaxima
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    public static Dictionary<string, double> OfTaskColumns(DuckDBConnection connection, (int Year, string Subject, int Grade) procedure) =>
        Read(connection, "SELECT task_label, max_score FROM vpr_tasks WHERE year = $p0 AND subject = $p1 AND grade = $p2 ORDER BY task_no", procedure);

    public static Dictionary<string, double> OfCodifier(DuckDBConnection connection, (int Year, string Subject, int Grade) procedure) =>
        Read(connection, "SELECT task_label, max_score FROM vpr_task_requirements WHERE year = $p0 AND subject = $p1 AND grade = $p2 AND max_score IS NOT NULL", procedure);

    public static bool Differ(double a, double b) => Math.Abs(a - b) > 1e-9;

    /// <summary>«максимальный балл задания 9.1 — 3, а в … — 2»: the task and both maxima, this file's first.</summary>
    public static string Mismatch(string task, double here, string elsewhere, double there) =>
        string.Create(Ru, $"максимальный балл задания {task} — {here}, а в {elsewhere} — {there}; ожидалось одно и то же значение");

    /// <summary>«ВПР 2024 · Математика · 5 кл.».</summary>
    public static string Name((int Year, string Subject, int Grade) procedure) =>
        string.Create(CultureInfo.InvariantCulture, $"ВПР {procedure.Year} · {procedure.Subject} · {procedure.Grade} кл.");

    private static Dictionary<string, double> Read(DuckDBConnection connection, string sql, (int Year, string Subject, int Grade) procedure)
    {
        var maxima = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (label, max) in connection.Rows(sql, r => (TaskNumber.Key(r.GetString(0)), r.GetDouble(1)), procedure.Year, procedure.Subject, procedure.Grade))
            maxima.TryAdd(label, max);
        return maxima;
    }
}
