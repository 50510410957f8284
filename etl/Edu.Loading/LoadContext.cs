using DuckDB.NET.Data;
using Edu.Reference;

namespace Edu.Loading;

/// <summary>What a kind loader needs while it validates and writes one file, inside the load's transaction.</summary>
public sealed class LoadContext(
    DuckDBConnection connection,
    long loadId,
    string fileName,
    ProblemList problems,
    SchoolRegistry schools,
    MunicipalityDirectory municipalities,
    SubjectDirectory subjects,
    ParticipantHasher hasher)
{
    public DuckDBConnection Connection { get; } = connection;

    public long LoadId { get; } = loadId;

    public string FileName { get; } = fileName;

    public ProblemList Problems { get; } = problems;

    public SchoolRegistry Schools { get; } = schools;

    public MunicipalityDirectory Municipalities { get; } = municipalities;

    public SubjectDirectory Subjects { get; } = subjects;

    public ParticipantHasher Hasher { get; } = hasher;

    /// <summary>Once any problem is found nothing more is written: the transaction will be rolled back anyway.</summary>
    public bool Writing => !Problems.Any;

    public string UnknownMunicipality(string text) =>
        $"неизвестный муниципалитет «{text}»; ожидался один из муниципалитетов справочника (регион: {Municipalities.Region}), например «Лужский район»";

    public string UnknownSchool(string text) =>
        Schools.Count == 0
            ? $"неизвестная ОО «{text}»: справочник ОО ещё не загружен — сначала загрузите справочник ОО"
            : $"неизвестная ОО «{text}»: её нет в справочнике ОО";
}
