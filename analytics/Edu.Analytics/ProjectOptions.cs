using System.ComponentModel.DataAnnotations;
using Edu.Reference;

namespace Edu.Analytics;

/// <summary>The committee's projects whose rosters the analytics looks up (SPEC §11), bound from the section «Projects».</summary>
public sealed class ProjectOptions : IValidatableObject
{
    public const string SectionName = "Projects";

    // The roster whose schools the stable-high export marks «В проекте»; any spelling (case, quotes, spaces ignored).
    [Required]
    public string StableHigh { get; set; } = "Стабильно высокие образовательные результаты";

    // The roster whose schools the self-diagnostics mark «В проекте» (SPEC §12); any spelling.
    [Required]
    public string SchoolOfMinistry { get; set; } = "Школа Минпросвещения России";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ProjectNames.Key(StableHigh ?? "").Length == 0)
            yield return new ValidationResult("Projects:StableHigh должно называть проект: в нём нет ни одной буквы или цифры.", [nameof(StableHigh)]);
        if (ProjectNames.Key(SchoolOfMinistry ?? "").Length == 0)
            yield return new ValidationResult("Projects:SchoolOfMinistry должно называть проект: в нём нет ни одной буквы или цифры.", [nameof(SchoolOfMinistry)]);
    }
}
