using System.Globalization;

namespace Edu.Loading.Kinds.SelfDiagnostics;

/// <summary>Self-diagnostics points: never negative; a criterion's at most its maximum when the file gives one.</summary>
internal static class SelfDiagnosticsPoints
{
    public static string Negative(double points) =>
        $"баллы {points.ToString(CultureInfo.GetCultureInfo("ru-RU"))} меньше нуля; ожидалось число баллов не меньше 0";

    public static void NotNegative(RowView row, string key, double? points)
    {
        if (points is < 0) row.Fail(key, Negative(points.Value));
    }
}
