namespace Edu.Reference;

/// <summary>A closed set of Russian labels (statuses, kinds), seen without its enum type.</summary>
public interface ILabelSet
{
    IReadOnlyList<string> Texts { get; }
}

/// <summary>
/// The Russian text of each value of an enum, kept in one place and read both ways: rows hold the enum, writers the
/// text, and result tables that store the text are read back into the enum.
/// </summary>
public sealed class LabelSet<T> : ILabelSet where T : struct, Enum
{
    private readonly Dictionary<T, string> _texts;
    private readonly Dictionary<string, T> _values;

    public LabelSet(params (T Value, string Text)[] labels)
    {
        _texts = labels.ToDictionary(l => l.Value, l => l.Text);
        _values = labels.ToDictionary(l => l.Text, l => l.Value, StringComparer.Ordinal);
        var missing = Enum.GetValues<T>().Where(v => !_texts.ContainsKey(v)).ToList();
        if (missing.Count > 0) throw new ArgumentException($"No label for {typeof(T).Name}: {string.Join(", ", missing)}.");
    }

    public IReadOnlyList<string> Texts => [.. _texts.Values];

    public string Text(T value) => _texts[value];

    /// <summary>The value of a stored label; an unknown text means the stored data and the code disagree.</summary>
    public T Parse(string text) =>
        _values.TryGetValue(text, out var value) ? value : throw new FormatException($"«{text}» is not a label of {typeof(T).Name}.");
}
