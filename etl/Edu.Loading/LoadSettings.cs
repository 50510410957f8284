using Edu.Loading.Reading;
using Edu.Loading.Setup;

namespace Edu.Loading;

/// <summary>What a <see cref="Loader"/> needs: the participant salt, the reader limits and who loads.</summary>
public sealed class LoadSettings
{
    /// <summary>Salt of the participant key; from configuration (Privacy:Salt or EDU_SALT) or data/salt.key, never committed.</summary>
    public required byte[] Salt { get; init; }

    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>Recorded in the load history as who loaded the file.</summary>
    public string User { get; init; } = Environment.UserName;

    /// <summary>
    /// The settings of the «Privacy» and «Loader» sections, the same for every entry point; <paramref name="dataDirectory"/>
    /// is the database's folder, where salt.key is kept when no salt is configured.
    /// </summary>
    public static LoadSettings From(PrivacyOptions privacy, LoaderOptions loader, string dataDirectory, string user) => new()
    {
        Salt = ParticipantSalt.Resolve(privacy, dataDirectory),
        Limits = ReaderLimits.Default with { MaxFileBytes = loader.MaxFileBytes, MaxLoadTime = loader.MaxLoadTime, MaxMemoryBytes = loader.MaxMemoryBytes },
        User = user,
    };
}
