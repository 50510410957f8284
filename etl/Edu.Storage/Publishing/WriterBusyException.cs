namespace Edu.Storage.Publishing;

/// <summary>The writer lock stayed taken for longer than the process was told to wait; the message is Russian and complete.</summary>
public sealed class WriterBusyException(WriterNote? holder, TimeSpan waited)
    : Exception($"база данных занята записью дольше {Minutes(waited)}: {holder?.Describe() ?? "запись другим процессом"}. " +
        "Повторите позже или увеличьте время ожидания (Database:WriterWait или Database__WriterWait)")
{
    public WriterNote? Holder { get; } = holder;

    private static string Minutes(TimeSpan waited) => waited < TimeSpan.FromMinutes(1)
        ? $"{(int)Math.Ceiling(waited.TotalSeconds)} с"
        : $"{(int)Math.Ceiling(waited.TotalMinutes)} мин";
}
