using Edu.Analytics.Model;

namespace Edu.Analytics.Charts;

/// <summary>A school's marks in one procedure, as the distribution of marks adds them up.</summary>
public sealed record SchoolMarks(string Login, string Procedure, MarkDistribution Marks);
