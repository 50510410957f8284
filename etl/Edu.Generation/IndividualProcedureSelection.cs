using System.Text.Json.Serialization;

namespace Edu.Generation;

/// <summary>Which ВПР procedure-years get a `vpr-individual` file (one file per year × subject × grade).</summary>
public sealed record IndividualProcedureSelection
{
    [JsonConstructor]
    private IndividualProcedureSelection(string preset, IReadOnlyList<string> only)
    {
        Preset = preset;
        Only = only;
    }

    /// <summary>The region default: every ВПР procedure of the last year.</summary>
    public static IndividualProcedureSelection LastYearAll { get; } = new("last-year-all", []);

    /// <summary>A small sample for committed data: Математика 5 every year plus one rotating procedure.</summary>
    public static IndividualProcedureSelection Sample { get; } = new("sample", []);

    public static IndividualProcedureSelection None { get; } = new("none", []);

    /// <summary>"last-year-all", "sample", "none" or "explicit".</summary>
    public string Preset { get; }

    /// <summary>For "explicit": entries «2025:Математика:5»; a year of «*» means every year.</summary>
    public IReadOnlyList<string> Only { get; }

    public static IndividualProcedureSelection Explicit(params string[] procedures) => new("explicit", procedures);

    public static IndividualProcedureSelection Parse(string value) => value switch
    {
        "last-year-all" or "all" => LastYearAll,
        "sample" => Sample,
        "none" => None,
        _ => Explicit(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
    };

    internal bool Includes(int year, VprProcedure procedure, int firstYear, int lastYear) => Preset switch
    {
        "last-year-all" => year == lastYear,
        "sample" => IsSample(year, procedure, firstYear),
        "explicit" => Only.Any(o => Matches(o, year, procedure)),
        _ => false,
    };

    private static bool IsSample(int year, VprProcedure procedure, int firstYear)
    {
        if (procedure is { Subject: "Математика", Grade: 5 })
        {
            return true;
        }

        (string Subject, int Grade)[] rotating = [("Русский язык", 4), ("Русский язык", 6), ("Математика", 7)];
        var pick = rotating[(year - firstYear) % rotating.Length];
        return procedure.Subject == pick.Subject && procedure.Grade == pick.Grade;
    }

    private static bool Matches(string entry, int year, VprProcedure procedure)
    {
        var parts = entry.Split(':');
        return parts.Length == 3
            && (parts[0] == "*" || parts[0] == year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            && string.Equals(parts[1], procedure.Subject, StringComparison.OrdinalIgnoreCase)
            && parts[2] == procedure.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
