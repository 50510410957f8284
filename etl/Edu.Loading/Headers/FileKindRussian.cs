namespace Edu.Loading.Headers;

public static class FileKindRussian
{
    /// <summary>The kind as the analyst calls it («Справочник ОО»), from the reference list of kinds (<see cref="Edu.Reference.InputKinds"/>).</summary>
    public static string ToRussian(this FileKind kind) => KindCatalog.Default[kind].Title;
}
