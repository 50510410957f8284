namespace Edu.Loading.Parsing;

/// <summary>A parsed cell: a value, a missing value (NULL), or an error text in Russian.</summary>
public readonly struct ParseResult<T>
{
    private readonly T? _value;

    private ParseResult(T? value, bool hasValue, string? error)
    {
        _value = value;
        HasValue = hasValue;
        Error = error;
    }

    public bool HasValue { get; }

    public string? Error { get; }

    public bool IsMissing => !HasValue && Error is null;

    public bool IsInvalid => Error is not null;

    public T Value => HasValue ? _value! : throw new InvalidOperationException("No value.");

    public static ParseResult<T> Missing => default;

    public static ParseResult<T> Invalid(string error) => new(default, false, error);

    public static implicit operator ParseResult<T>(T value) => new(value, true, null);
}
