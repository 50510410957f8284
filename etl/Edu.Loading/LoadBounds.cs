using System.Globalization;
using Edu.Loading.Reading;

namespace Edu.Loading;

/// <summary>
/// The per-file bounds of <see cref="ReaderLimits"/> while a file is read: the time since its load began and the
/// managed memory it added. Checked at every row, so one file can hold the single writer for at most
/// <see cref="ReaderLimits.MaxLoadTime"/>; exceeding either refuses the file at the place reached.
/// </summary>
internal sealed class LoadBounds(ReaderLimits limits, TimeProvider time)
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    private readonly long _start = time.GetTimestamp();
    private readonly long _baseline = GC.GetTotalMemory(forceFullCollection: false);
    private int _rows;

    public void Check(string? sheet, int? row)
    {
        if (time.GetElapsedTime(_start) > limits.MaxLoadTime)
        {
            throw new UnreadableFileException(string.Create(Russian,
                $"загрузка прервана: файл обрабатывается дольше допустимого ({Minutes(limits.MaxLoadTime)}, настройка Loader:MaxLoadTime); проверьте, нет ли в нём лишних строк и столбцов, или разделите его на части"))
            { Sheet = sheet, Row = row };
        }
        // The heap figure includes garbage, so only a full collection that still finds the load over its bound counts.
        if ((++_rows & 1023) == 0 && Grown(false) > limits.MaxMemoryBytes && Grown(true) > limits.MaxMemoryBytes)
        {
            throw new UnreadableFileException(string.Create(Russian,
                $"загрузка прервана: файлу требуется больше памяти, чем допустимо ({limits.MaxMemoryBytes / 1048576:N0} МБ, настройка Loader:MaxMemoryMegabytes); разделите файл на части"))
            { Sheet = sheet, Row = row };
        }
    }

    private long Grown(bool collect) => GC.GetTotalMemory(collect) - _baseline;

    private static string Minutes(TimeSpan span) => span.TotalMinutes >= 1
        ? string.Create(Russian, $"{span.TotalMinutes:0.#} мин")
        : string.Create(Russian, $"{span.TotalSeconds:0.###} с");
}
