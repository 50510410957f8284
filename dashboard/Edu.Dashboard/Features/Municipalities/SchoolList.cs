using Edu.Analytics.Exports;

namespace Edu.Dashboard.Features.Municipalities;

/// <summary>
/// One list of the municipality card: every school (the count shows them all), the first <see cref="Limit"/> of them
/// shown, each with the note of why it is listed (made only for the schools shown), and the page with the full list.
/// </summary>
public sealed record SchoolList(string Title, IReadOnlyList<(ISchoolRow School, Func<string> Note)> Schools, int Limit, string FullList);
