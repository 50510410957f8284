namespace Edu.Loading.Reading;

/// <summary>The file cannot be read at all; Message is the Russian reason shown to the analyst.</summary>
public sealed class UnreadableFileException(string message, Exception? inner = null) : Exception(message, inner);
