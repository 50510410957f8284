namespace Edu.Spreadsheets;

public enum EntityKind
{
    School,
    Municipality,
}

/// <summary>What a cell names: a school by its login or a municipality by its name.</summary>
public sealed record EntityRef(EntityKind Kind, string Key)
{
    public static EntityRef? School(string? login) => string.IsNullOrEmpty(login) ? null : new(EntityKind.School, login);

    public static EntityRef? Municipality(string? name) => string.IsNullOrEmpty(name) ? null : new(EntityKind.Municipality, name);
}
