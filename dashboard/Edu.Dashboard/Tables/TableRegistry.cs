using Edu.Dashboard.Features.Loads;
using Edu.Dashboard.Features.Municipalities;
using Edu.Dashboard.Features.Schools;

namespace Edu.Dashboard.Tables;

/// <summary>The tables of the dashboard by name (the name is their /export/{name} URL).</summary>
public sealed class TableRegistry(IEnumerable<DashboardTable> tables)
{
    private readonly Dictionary<string, DashboardTable> _byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<DashboardTable> All => _byName.Values;

    public DashboardTable? Find(string name) => _byName.GetValueOrDefault(name);

    public T Get<T>() where T : DashboardTable => _byName.Values.OfType<T>().Single();
}

public static class TableSetup
{
    public static IServiceCollection AddTable<T>(this IServiceCollection services) where T : DashboardTable =>
        services.AddSingleton<DashboardTable, T>();

    public static IServiceCollection AddDashboardTables(this IServiceCollection services) => services
        .AddSingleton<TableRegistry>()
        .AddSingleton<TableReader>()
        .AddTable<SchoolsTable>()
        .AddTable<MunicipalitiesTable>()
        .AddTable<LoadsTable>();
}
