namespace Edu.Analytics.Cards;

/// <summary>A school's result index in a year and its place among the region's schools with one (1 = highest; ties share a place).</summary>
public sealed record ResultRank(int Year, double Index, int Place, int Schools, int Procedures);
