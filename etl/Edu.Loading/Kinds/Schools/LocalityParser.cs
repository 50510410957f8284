using Edu.Reference;

namespace Edu.Loading.Kinds.Schools;

/// <summary>«город», «городская», «г.», «село», «сельская местность», «пгт»… → rural or not.</summary>
public static class LocalityParser
{
    public static bool? IsRural(string text)
    {
        var t = TextNormalizer.Normalize(text);
        if (t.StartsWith("сел", StringComparison.Ordinal) || t.StartsWith("дер", StringComparison.Ordinal) || t == "с" || t.Contains("сельск", StringComparison.Ordinal)) return true;
        if (t.StartsWith("город", StringComparison.Ordinal) || t == "г" || t.StartsWith("пгт", StringComparison.Ordinal) || t.Contains("поселок городского", StringComparison.Ordinal)) return false;
        return null;
    }
}
