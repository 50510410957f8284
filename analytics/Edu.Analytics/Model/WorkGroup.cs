namespace Edu.Analytics.Model;

/// <summary>
/// The individual works of one school-procedure-year as parallel columns, in the order they were loaded.
/// A missing primary score is NaN and a missing mark 0, so a work costs 10 bytes instead of an object:
/// that is what lets a country's 20+ million works fit in memory.
/// </summary>
public sealed record WorkGroup(int Year, string Login, ProcedureKey Procedure, double[] Scores, byte[] Marks, byte[] JournalMarks)
{
    public const byte NoMark = 0;

    public int Count => Scores.Length;

    /// <summary>Groups plain works by school-procedure-year, groups in order of first appearance.</summary>
    public static IReadOnlyList<WorkGroup> Of(IEnumerable<IndividualWork> works) =>
        works
            .GroupBy(w => (w.Year, w.Login, w.Procedure))
            .Select(g => new WorkGroup(
                g.Key.Year,
                g.Key.Login,
                g.Key.Procedure,
                g.Select(w => w.PrimaryScore ?? double.NaN).ToArray(),
                g.Select(w => Mark(w.Mark)).ToArray(),
                g.Select(w => Mark(w.JournalMark)).ToArray()))
            .ToList();

    public static byte Mark(int? mark) => mark switch
    {
        null => NoMark,
        > NoMark and <= byte.MaxValue => (byte)mark.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(mark), mark, "A mark is a small positive number."),
    };
}
