using System.ComponentModel.DataAnnotations;

namespace Edu.Dashboard.Setup;

/// <summary>Section «Dashboard»: settings of the web application itself.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>Rows per table page.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 50;

    /// <summary>Optional JSON file with a «Users» section (the demo users of the embedded default), relative to the repository.</summary>
    public string? UsersFile { get; set; }

    /// <summary>How long a sign-in lasts without activity.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Most table cells (rows × columns) kept in the cache of query results; any other cached result counts as one cell.</summary>
    [Range(1_000, 100_000_000)]
    public long CacheCells { get; set; } = 2_000_000;

    /// <summary>Most megabytes of chart images kept in memory; the least recently used ones are rendered again when asked.</summary>
    [Range(1, 4096)]
    public int ChartCacheMegabytes { get; set; } = 64;

    public long ChartCacheBytes => ChartCacheMegabytes * 1024L * 1024L;

    public UploadOptions Upload { get; set; } = new();

    /// <summary>
    /// Reverse proxies (addresses or CIDR networks) whose X-Forwarded-For and X-Forwarded-Proto are believed, besides
    /// loopback: behind a TLS proxy requests then count as HTTPS (Secure cookies, HSTS) and sign-in throttling sees the
    /// client's own address.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>The entries of <see cref="TrustedProxies"/> that are not an address or a network.</summary>
    public IEnumerable<string> UnreadableProxies() =>
        TrustedProxies.Where(p => !System.Net.IPNetwork.TryParse(p, out _) && !System.Net.IPAddress.TryParse(p, out _));
}

/// <summary>Limits of browser uploads (SPEC §9). The loader's own limits (zip bombs, Loader:MaxFileMegabytes) apply as well.</summary>
public sealed class UploadOptions
{
    /// <summary>Largest file accepted, in megabytes.</summary>
    [Range(typeof(decimal), "0.001", "2048")]
    public decimal MaxFileMegabytes { get; set; } = 100;

    /// <summary>Most files in one upload.</summary>
    [Range(1, 200)]
    public int MaxFiles { get; set; } = 30;

    public static readonly IReadOnlyList<string> Extensions = [".xlsx", ".xls", ".csv"];

    public long MaxFileBytes => (long)(MaxFileMegabytes * 1024 * 1024);

    /// <summary>The whole multipart request: every file at its limit plus the form fields.</summary>
    public long MaxRequestBytes => (MaxFileBytes * MaxFiles) + (1024 * 1024);
}
