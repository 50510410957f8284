namespace Edu.Dashboard.Features.Shared;

/// <summary>The Russian noun form that agrees with a count: 1 школа, 2 школы, 5 школ, 21 школа, 11 школ.</summary>
public static class RussianPlural
{
    public static string Of(long count, string one, string few, string many)
    {
        var n = Math.Abs(count);
        if (n % 100 is >= 11 and <= 14) return many;
        return (n % 10) switch
        {
            1 => one,
            2 or 3 or 4 => few,
            _ => many,
        };
    }
}
