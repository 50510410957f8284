using System.Globalization;

namespace Edu.Dashboard.Data;

/// <summary>
/// The version of everything the dashboard caches from the data: the published version's number. A load or
/// recompute publishes a new one, and only then do readers see its tables, so an unchanged number means unchanged
/// tables, whoever wrote them (a job of this or another instance, ./edu).
/// </summary>
public readonly record struct DataVersion(long Published)
{
    public override string ToString() => "v" + Published.ToString(CultureInfo.InvariantCulture);
}
