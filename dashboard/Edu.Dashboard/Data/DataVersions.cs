namespace Edu.Dashboard.Data;

/// <summary>
/// The current <see cref="DataVersion"/> for every request: the published version the pointer names, read again only
/// when the pointer file changed (a stat costs microseconds), so a publish by any process is seen on the next request.
/// </summary>
public sealed class DataVersions(DashboardDatabase database)
{
    public DataVersion Current() => new(database.Published.Current().Version);
}
