namespace Edu.Analytics.Exports;

/// <summary>A row about one school, with the registry's name, municipality and district at computation time.</summary>
public interface ISchoolRow
{
    string Login { get; }

    string? SchoolName { get; }

    string? Municipality { get; }

    string? District { get; }
}
