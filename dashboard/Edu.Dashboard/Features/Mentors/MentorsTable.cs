using Edu.Analytics.Exports;
using Edu.Dashboard.Features.Analytics;

namespace Edu.Dashboard.Features.Mentors;

/// <summary>
/// «./edu export mentors»: each «ШНОР» school with its mentor and how the mentor was found. The mentor's columns
/// link like the mentee's (their map says they name the mentor school); a mentor outside a municipal user's scope
/// answers 403 there.
/// </summary>
public sealed class MentorsTable : SchoolYearTable<MentorRow>
{
    protected override Export<MentorRow> ReadModel { get; } = new MentorsExport();

    public override IReadOnlyList<string> MessageTopics { get; } = ["наставни", "шнор", "стабильно"];
}
