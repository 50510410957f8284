using Edu.Analytics;
using Edu.Reference;
using Microsoft.Extensions.Options;

namespace Edu.Dashboard.Features.SelfDiagnostics;

/// <summary>«./edu export self-diagnostics --as-of DATE»: every school with a round, whatever its level.</summary>
public sealed class SelfDiagnosticsTable(IHttpContextAccessor http, RegionClock clock, IOptions<ProjectOptions> projects) : SchoolLevelsTable(http, clock, projects);
