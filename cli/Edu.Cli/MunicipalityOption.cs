using Edu.Reference;

namespace Edu.Cli;

internal static class MunicipalityOption
{
    /// <summary>Accepts any usual spelling of a municipality and returns its canonical name.</summary>
    public static string? Resolve(string? text)
    {
        if (text is null) return null;
        return MunicipalityDirectory.LoadDefault().Find(text)?.Name
            ?? throw new UsageException($"неизвестный муниципалитет «{text}»");
    }
}
