namespace Edu.Reference;

/// <summary>What became of a file given to the loader; the load history stores the label.</summary>
public enum LoadStatus
{
    Loaded,
    Rejected,
    AlreadyLoaded,
}

/// <summary>The labels of <see cref="LoadStatus"/>: written by the loader, read back by the load history's readers.</summary>
public static class LoadStatuses
{
    public static LabelSet<LoadStatus> Labels { get; } = new(
        (LoadStatus.Loaded, "загружен"),
        (LoadStatus.Rejected, "отклонён"),
        (LoadStatus.AlreadyLoaded, "уже загружен"));
}
