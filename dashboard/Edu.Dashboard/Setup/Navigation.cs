namespace Edu.Dashboard.Setup;

/// <summary>
/// One entry of the main menu. Pages that arrive later (Показатели, ШНОР, …) register their own entry with
/// <see cref="NavigationRegistration.AddNavigationItem"/>; the layout shows the entries the user's policy allows.
/// </summary>
public sealed record NavigationItem(string Title, string Path, int Order, string? Policy = null);

public static class NavigationRegistration
{
    public static IServiceCollection AddNavigationItem(this IServiceCollection services, NavigationItem item) => services.AddSingleton(item);

    public static IServiceCollection AddNavigation(this IServiceCollection services) => services
        .AddNavigationItem(new NavigationItem("Сводка", "/", 10))
        .AddNavigationItem(new NavigationItem("Муниципалитеты", "/municipalities", 20))
        .AddNavigationItem(new NavigationItem("Школы", "/schools", 30))
        .AddNavigationItem(new NavigationItem("Загрузки", "/loads", 90, Access.Policies.CanLoad));
}
