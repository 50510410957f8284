namespace Edu.Dashboard.Access;

/// <summary>The roles of SPEC §9.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Analyst = "analyst";
    public const string Municipal = "municipal";

    public static readonly IReadOnlyList<string> All = [Admin, Analyst, Municipal];
}

public static class Policies
{
    /// <summary>Loading files and reading the load history: region-wide roles only (files span municipalities).</summary>
    public const string CanLoad = "CanLoad";

    public const string Admin = "Admin";
}

public static class DashboardClaims
{
    public const string DisplayName = "edu:display_name";
    public const string Municipality = "edu:municipality";
}
