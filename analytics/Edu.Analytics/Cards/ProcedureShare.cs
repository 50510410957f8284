namespace Edu.Analytics.Cards;

/// <summary>A counted school-procedure-year and its share of low results (ВПР, ОГЭ: «2»; ЕГЭ: below the minimum), in %.</summary>
public sealed record ProcedureShare(int Year, string Procedure, int Participants, double LowSharePct);
