using System.Globalization;

namespace Edu.Dashboard.Features.Shared;

/// <summary>Cultures the views format with: Russian for numbers shown to people, invariant for fixed patterns.</summary>
public static class ViewFormat
{
    public static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
}
