using System.Globalization;
using Edu.Loading;

namespace Edu.Cli;

/// <summary>A one-line progress indicator on stderr for files that take more than a moment.</summary>
internal sealed class ConsoleProgress : IProgress<LoadProgress>
{
    private bool _shown;

    public void Report(LoadProgress value)
    {
        if (value.Fraction >= 1 && !_shown) return;
        _shown = true;
        var width = 30;
        var filled = (int)Math.Round(Math.Clamp(value.Fraction, 0, 1) * width);
        var line = string.Create(CultureInfo.GetCultureInfo("ru-RU"),
            $"  {value.File}: [{new string('#', filled)}{new string('.', width - filled)}] {value.Fraction:P0}, строк: {value.Rows:N0}");
        if (Console.IsErrorRedirected) Console.Error.WriteLine(line);
        else Console.Error.Write("\r" + line);
    }

    public void Finish()
    {
        if (_shown && !Console.IsErrorRedirected) Console.Error.WriteLine();
        _shown = false;
    }
}
