namespace Edu.Analytics.Model;

/// <summary>The z-score of a school's mean among the schools counted for that procedure-year.</summary>
public sealed record ProcedureZ(int Year, string Login, ProcedureKey Procedure, int Participants, double Z);

/// <summary>Participant-weighted mean of a school's procedure z-scores in a year.</summary>
public sealed record ResultIndexEntry(int Year, string Login, double Index, int Procedures, int Participants);
