namespace Edu.Generation;

/// <summary>One written file as the manifest describes it.</summary>
/// <param name="Path">Relative to the output folder.</param>
/// <param name="Kind">A <see cref="GeneratedKind"/>.</param>
/// <param name="Year">Assessment year, for per-year kinds.</param>
/// <param name="Subject">Subject, for per-subject files (ВПР individual, ОГЭ).</param>
/// <param name="Grade">Grade, for ВПР individual files.</param>
/// <param name="ReportingDate">Reporting date, for coverage files.</param>
/// <param name="Rows">Data rows, without title, header, blank and total rows.</param>
/// <param name="Headers">The header texts exactly as written (spelling variants included).</param>
/// <param name="Quirks">What is deliberately messy in this file, for loader tests.</param>
public sealed record GeneratedFile(
    string Path,
    string Kind,
    int? Year,
    string? Subject,
    int? Grade,
    DateOnly? ReportingDate,
    long Rows,
    IReadOnlyList<string> Headers,
    IReadOnlyList<string> Quirks);
