using Edu.Loading.Reading;

namespace Edu.Loading;

public sealed class LoaderOptions
{
    /// <summary>Salt of the participant key; from configuration (Privacy:Salt or EDU_SALT), never committed.</summary>
    public required byte[] Salt { get; init; }

    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Recorded in the load history as who loaded the file.</summary>
    public string User { get; init; } = Environment.UserName;
}
