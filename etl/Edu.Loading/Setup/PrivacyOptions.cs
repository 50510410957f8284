namespace Edu.Loading.Setup;

/// <summary>Section «Privacy»: the salt of participant keys (SPEC §3: configuration, never committed).</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>
    /// Text whose UTF-8 bytes salt the participant key (EDU_SALT is its shorthand). Empty: a random salt is created once
    /// in salt.key beside the database and reused (<see cref="ParticipantSalt"/>), so keys stay stable between loads.
    /// </summary>
    public string? Salt { get; set; }
}
