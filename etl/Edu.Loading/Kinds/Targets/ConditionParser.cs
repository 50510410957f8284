using Edu.Reference;

namespace Edu.Loading.Kinds.Targets;

/// <summary>«не менее», «≥», «&gt;=» → at least; «не более», «≤», «&lt;=» → at most.</summary>
public static class ConditionParser
{
    public const string AtLeastName = "не менее";
    public const string AtMostName = "не более";

    private static readonly NameMatcher Conditions = new(
    [
        (AtLeastName, ["не ниже", "не меньше", "минимум"]),
        (AtMostName, ["не выше", "не больше", "максимум"]),
    ]);

    public static bool? AtLeast(string text)
    {
        // Signs are punctuation to the matcher, so they are read before it.
        var t = text.Trim();
        if (t is "≥" or ">=" or ">") return true;
        if (t is "≤" or "<=" or "<") return false;
        return Conditions.Find(t) switch
        {
            AtLeastName => true,
            AtMostName => false,
            _ => null,
        };
    }
}
