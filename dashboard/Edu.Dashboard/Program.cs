using Edu.Dashboard.Access;
using Edu.Dashboard.Setup;

// «dotnet Edu.Dashboard.dll hash-password» prints a hash for the Users section; it never starts the server.
if (PasswordHashCommand.TryRun(args)) return;

var builder = WebApplication.CreateBuilder(args);
builder.AddDashboard();

var app = builder.Build();
app.UseDashboard();
app.Run();

/// <summary>Named so that tests can host the app (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
