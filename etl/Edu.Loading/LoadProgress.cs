namespace Edu.Loading;

/// <summary>Progress of the file being loaded: rows read so far and the share of the file consumed (0…1).</summary>
public sealed record LoadProgress(string File, int Rows, double Fraction);
