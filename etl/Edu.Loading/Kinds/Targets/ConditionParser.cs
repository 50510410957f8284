using Edu.Reference;

namespace Edu.Loading.Kinds.Targets;

/// <summary>«не менее», «≥», «&gt;=» → at least; «не более», «≤», «&lt;=» → at most.</summary>
public static class ConditionParser
{
    public static bool? AtLeast(string text)
    {
        var t = text.Trim();
        if (t is "≥" or ">=" or ">") return true;
        if (t is "≤" or "<=" or "<") return false;
        var n = TextNormalizer.Normalize(t);
        if (n is "не менее" or "не ниже" or "не меньше" or "минимум") return true;
        if (n is "не более" or "не выше" or "не больше" or "максимум") return false;
        return null;
    }
}
