namespace Edu.Dashboard.Data;

/// <summary>A value type or null as a reference, so <see cref="DataCache"/> can keep it.</summary>
public sealed record Box<T>(T Value);
