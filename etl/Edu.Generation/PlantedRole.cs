namespace Edu.Generation;

/// <summary>Cases planted for the analytics to find (SPEC §4); the manifest lists them.</summary>
public enum PlantedRole
{
    None,

    /// <summary>Share of «2» ≥ 30% in two fixed ВПР procedures in each of the last two years.</summary>
    LowResults,

    /// <summary>Disadvantaged context, results far above what it predicts, every year.</summary>
    Resilient,

    /// <summary>Inflated ВПР Математика and Русский язык: high scores, journal marks that contradict them.</summary>
    InflatedVpr,

    /// <summary>«ШНОР» in the last year but one (two procedures low then and the year before), recovered in the last year.</summary>
    LeavesShnor,

    /// <summary>One procedure low in the last year but one, both low in the last year: «вошла в ШНОР».</summary>
    EntersShnor,
}
