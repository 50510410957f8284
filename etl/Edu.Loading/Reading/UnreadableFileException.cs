namespace Edu.Loading.Reading;

/// <summary>
/// The file cannot be read (or must not be read further); Message is the Russian reason shown to the analyst, and
/// Sheet and Row say where, when the trouble has a place.
/// </summary>
public class UnreadableFileException(string message, Exception? inner = null) : Exception(message, inner)
{
    public string? Sheet { get; init; }

    public int? Row { get; init; }

    public string? Column { get; init; }
}
