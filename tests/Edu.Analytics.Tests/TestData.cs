using Edu.Analytics.Model;

namespace Edu.Analytics.Tests;

/// <summary>Small builders so that each test states only the numbers it is about.</summary>
internal static class TestData
{
    public static readonly ProcedureKey Math5 = new(ProcedureKind.Vpr, "Математика", 5);
    public static readonly ProcedureKey Russian5 = new(ProcedureKind.Vpr, "Русский язык", 5);
    public static readonly ProcedureKey Math6 = new(ProcedureKind.Vpr, "Математика", 6);
    public static readonly ProcedureKey OgeRussian = new(ProcedureKind.Oge, "Русский язык", 9);

    public static AnalyticsOptions Options => new();

    public static SchoolInfo School(
        string login,
        string municipality = "Лужский",
        string district = "Южный",
        string type = "СОШ",
        bool rural = false,
        int? enrolment = 300) =>
        new(login, "Школа " + login, municipality, district, type, rural, enrolment);

    public static Dictionary<string, SchoolInfo> Registry(params SchoolInfo[] schools) => schools.ToDictionary(s => s.Login);

    /// <summary>One work per mark; primary score equal to the mark unless given.</summary>
    public static IEnumerable<IndividualWork> Works(int year, string login, ProcedureKey procedure, params int[] marks) =>
        marks.Select(m => new IndividualWork(year, login, procedure, m, m, null));

    /// <summary>Works with the given primary scores, all with mark 4 and journal mark 4.</summary>
    public static IEnumerable<IndividualWork> Scored(int year, string login, ProcedureKey procedure, params double[] scores) =>
        scores.Select(s => new IndividualWork(year, login, procedure, s, 4, 4));

    /// <summary>A vpr-marks row whose mean mark is exactly <paramref name="mark"/> (100% of that mark).</summary>
    public static MarkShares AllMarks(int year, string login, ProcedureKey procedure, int participants, int mark) =>
        new(year, login, procedure, participants, mark == 2 ? 100 : 0, mark == 3 ? 100 : 0, mark == 4 ? 100 : 0, mark == 5 ? 100 : 0);

    /// <summary>A vpr-marks row with the given low share and the rest as «4».</summary>
    public static MarkShares LowShare(int year, string login, ProcedureKey procedure, double share2, int participants = 20) =>
        new(year, login, procedure, participants, share2, 0, 100 - share2, 0);

    public static AnalyticsInput Input(
        IEnumerable<SchoolInfo>? schools = null,
        IEnumerable<IndividualWork>? works = null,
        IEnumerable<MarkShares>? marks = null,
        IEnumerable<EgeSchoolResult>? ege = null,
        IEnumerable<SchoolContext>? context = null,
        IEnumerable<CoverageRow>? coverage = null,
        IEnumerable<Target>? targets = null) =>
        new(
            (schools ?? []).ToList(),
            WorkGroup.Of(works ?? []),
            (marks ?? []).ToList(),
            (ege ?? []).ToList(),
            (context ?? []).ToList(),
            (coverage ?? []).ToList(),
            (targets ?? []).ToList());
}
