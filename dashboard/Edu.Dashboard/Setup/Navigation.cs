using Edu.Dashboard.Tables;

namespace Edu.Dashboard.Setup;

/// <summary>
/// One entry of the main menu. Pages that arrive later (Показатели, ШНОР, …) register their own entry with
/// <see cref="NavigationRegistration.AddNavigationItem"/>; the layout shows the entries the user's policy allows.
/// </summary>
public sealed record NavigationItem(string Title, string Path, int Order, string? Policy = null)
{
    /// <summary>
    /// The query-string keys the entry's link takes from the current page (the chosen year, municipality, district), so a
    /// choice made on one page holds on the next; empty for pages where they would mean something else.
    /// </summary>
    public IReadOnlyList<string> Carries { get; init; } = TableFilters.Carried;

    /// <summary>The link from a page whose query is <paramref name="query"/>.</summary>
    public string Link(IQueryCollection query)
    {
        var carried = Carries.Where(k => query[k].ToString().Length > 0).Select(k => Uri.EscapeDataString(k) + "=" + Uri.EscapeDataString(query[k].ToString())).ToList();
        return carried.Count == 0 ? Path : Path + "?" + string.Join('&', carried);
    }
}

public static class NavigationRegistration
{
    public static IServiceCollection AddNavigationItem(this IServiceCollection services, NavigationItem item) => services.AddSingleton(item);

    public static IServiceCollection AddNavigation(this IServiceCollection services) => services
        .AddNavigationItem(new NavigationItem("Сводка", "/", 10))
        .AddNavigationItem(new NavigationItem("Муниципалитеты", "/municipalities", 20))
        .AddNavigationItem(new NavigationItem("Школы", "/schools", 30))
        .AddNavigationItem(new NavigationItem("Загрузки", "/loads", 90, Access.Policies.CanLoad) { Carries = [] });
}
