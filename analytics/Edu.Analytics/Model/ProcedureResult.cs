namespace Edu.Analytics.Model;

public enum ResultSource
{
    /// <summary>vpr-individual or ОГЭ protocol rows.</summary>
    IndividualWorks,

    /// <summary>vpr-marks shares.</summary>
    VprMarks,

    /// <summary>ЕГЭ school results.</summary>
    EgeSchool,
}

/// <summary>Counts of marks «2»…«5» among participants with a mark.</summary>
public sealed record MarkCounts(int Two, int Three, int Four, int Five);

/// <summary>
/// A school-procedure-year. <see cref="Mean"/> is the mean mark (ВПР, ОГЭ) or mean test score (ЕГЭ);
/// when <see cref="IsCounted"/> is false it shows «недостаточно данных» and takes part in no rule.
/// </summary>
public sealed record ProcedureResult(
    int Year,
    string Login,
    ProcedureKey Procedure,
    ResultSource Source,
    int Participants,
    bool IsCounted,
    double? Mean,
    double? LowSharePct,
    double? MeanPrimaryScore,
    MarkCounts? Marks)
{
    public string StatusLabel => IsCounted ? Labels.Counted : Labels.NotEnoughData;
}
