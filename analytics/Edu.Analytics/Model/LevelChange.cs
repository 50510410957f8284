namespace Edu.Analytics.Model;

/// <summary>How a school's level moved from its previous round to its latest (SPEC §12 «Изменение уровня»).</summary>
public enum LevelChange
{
    Rose,
    Kept,
    Fell,
}
