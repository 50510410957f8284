namespace Edu.Jobs.Progress;

/// <summary>A load in progress as the Загрузки page shows it: rows read so far and the share of the file consumed (0…1).</summary>
public sealed record RunningLoad(string Ticket, string File, DateTimeOffset StartedAt, int Rows, double Fraction);
