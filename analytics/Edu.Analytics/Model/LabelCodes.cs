namespace Edu.Analytics.Model;

/// <summary>
/// The codes behind the labels that result tables store as Russian text (shnor.status, procedure_results.kind),
/// found through <see cref="Labels"/> so that each word stays written once.
/// </summary>
public static class LabelCodes
{
    public static ShnorStatus ShnorStatusOf(string text) => Find<ShnorStatus>(text, Labels.Status);

    public static ProcedureKind KindOf(string text) => Find<ProcedureKind>(text, Labels.Kind);

    private static T Find<T>(string text, Func<T, string> label) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (label(value) == text)
            {
                return value;
            }
        }

        throw new FormatException($"«{text}» is no label of {typeof(T).Name}.");
    }
}
