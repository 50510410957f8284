namespace Edu.Loading.Headers;

public static class FileKindRussian
{
    /// <summary>The kind as the analyst calls it («Справочник ОО»), from the alias file.</summary>
    public static string ToRussian(this FileKind kind) => KindCatalog.Default[kind].Title;
}
