using System.Globalization;

namespace Edu.Loading.Kinds.SelfDiagnostics;

/// <summary>Round dates as messages and the load history write them.</summary>
internal static class RoundDates
{
    public static string Format(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
