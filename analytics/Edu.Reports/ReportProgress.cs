namespace Edu.Reports;

/// <summary>How far a report's build has come: step <see cref="Done"/> of <see cref="Total"/>, and what it is doing now (Russian).</summary>
public sealed record ReportProgress(int Done, int Total, string Stage)
{
    public int Percent => Total == 0 ? 0 : 100 * Done / Total;
}
