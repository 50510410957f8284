using Edu.Analytics.Model;

namespace Edu.Analytics.Charts;

/// <summary>One bar of the distribution of marks: a procedure's number of marks and their shares in %.</summary>
public sealed record MarksBar(string Procedure, double Marks, PerMark Shares);
