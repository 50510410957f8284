namespace Edu.Reference;

/// <summary>
/// Project names as rosters and configuration write them: «Стабильно высокие образовательные результаты» and
/// «"Стабильно  высокие…"» are one project (SPEC §11: case, quotes and spaces ignored).
/// </summary>
public static class ProjectNames
{
    /// <summary>The form two names are compared in; stored beside the name as written.</summary>
    public static string Key(string name) => TextNormalizer.Normalize(name);
}
