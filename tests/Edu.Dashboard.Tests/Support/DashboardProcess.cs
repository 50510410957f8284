using System.Net;
using System.Net.Sockets;

namespace Edu.Dashboard.Tests.Support;

/// <summary>
/// The dashboard as a process of its own (Edu.Dashboard.dll from the test folder, wwwroot from the repository), with
/// the demo users, on a free loopback port: what a second server is, as against the in-process test host.
/// </summary>
public sealed class DashboardProcess : IDisposable
{
    private readonly ChildProcess _process;

    private DashboardProcess(ChildProcess process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output => _process.Output;

    public int ProcessId => _process.Id;

    /// <summary>Starts it with <paramref name="settings"/> as environment variables («Jobs__DuckDbWriter» …) and waits until it answers.</summary>
    public static async Task<DashboardProcess> Start(IReadOnlyDictionary<string, string?> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var root = Repository.Root;
        var environment = new Dictionary<string, string?>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Dashboard__UsersFile"] = Path.Combine(root, "dashboard", "demo-users.json"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["EDU_DB"] = null,
            ["EDU_ROOT"] = null,
            ["EDU_SALT"] = null,
        };
        var process = ChildProcess.Start(Path.Combine(AppContext.BaseDirectory, "Edu.Dashboard.dll"),
            ["--urls", address.ToString(), "--contentRoot", Path.Combine(root, "dashboard", "Edu.Dashboard")], environment);
        var dashboard = new DashboardProcess(process, address);
        try
        {
            using var probe = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            await Eventually.Until(() =>
            {
                if (process.HasExited) throw new InvalidOperationException($"The dashboard ended at start:\n{process.Output}");
                try
                {
                    return probe.GetAsync("/account/login").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, $"the dashboard on {address} answers", TimeSpan.FromSeconds(90), TimeSpan.FromMilliseconds(200));
            return dashboard;
        }
        catch
        {
            dashboard.Dispose();
            throw;
        }
    }

    /// <summary>A client signed in as a demo user (password «LOGIN-demo»).</summary>
    public async Task<HttpClient> SignedIn(string login)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Address };
        var response = await DashboardFactory.SignIn(client, login, login + "-demo");
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in of {login} on {Address} failed: {response.StatusCode}\n{Output}");
        return client;
    }

    public void Dispose() => _process.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
