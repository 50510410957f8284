namespace Edu.Reports.Charts;

/// <summary>One rendered chart: the PNG bytes, the file name it is saved under and its Russian title.</summary>
public sealed record ReportChart(string FileName, string Title, byte[] Png);
