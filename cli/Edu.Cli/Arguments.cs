namespace Edu.Cli;

/// <summary>Positional words and «--name value» options of one command line.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = list[i][2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq >= 0) _options[name[..eq]] = name[(eq + 1)..];
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)) _options[name] = list[++i];
                else _options[name] = "true";
            }
            else
            {
                Positional.Add(list[i]);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>
    /// Refuses what a verb does not know, so a mistyped option («--yaer») or a stray word is an error rather than
    /// silently ignored (an export without its filter looks like a right answer). «--db» is common to every verb.
    /// </summary>
    public void Expect(int positional, string usage, params string[] options)
    {
        var unknown = _options.Keys.Where(o => o != "db" && !options.Contains(o)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"неизвестный параметр {string.Join(", ", unknown.Select(o => "--" + o))}; {usage}");
        if (Positional.Count > positional)
            throw new UsageException($"лишние слова в команде: {string.Join(" ", Positional.Skip(positional).Select(w => $"«{w}»"))}; {usage}");
    }

    public bool Flag(string name) => _options.ContainsKey(name);

    public int? IntOption(string name)
    {
        var text = Option(name);
        if (text is null) return null;
        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"параметр --{name} должен быть целым числом, а указано «{text}»");
    }
}

/// <summary>A mistake in the command line; the message is shown to the user as is.</summary>
internal sealed class UsageException(string message) : Exception(message);
