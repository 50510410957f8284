namespace Edu.Analytics.Model;

public enum MentorMatch
{
    /// <summary>«муниципалитет»</summary>
    Municipality,

    /// <summary>«округ»</summary>
    District,

    /// <summary>«не найден»</summary>
    NotFound,
}

public sealed record MentorPair(int Year, string MenteeLogin, string? MentorLogin, MentorMatch Match)
{
    public string MatchLabel => Labels.Match(Match);
}
