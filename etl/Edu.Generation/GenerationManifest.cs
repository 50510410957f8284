using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Edu.Generation;

/// <summary>
/// What a generation run wrote (generation-manifest.json beside the files): the seed and
/// options, every file with its kind, and the planted schools per category, so tests can check
/// that the analytics find them. Categories: "low-results", "resilient", "inflated-vpr", "leaves-shnor", "enters-shnor".
/// </summary>
public sealed record GenerationManifest(
    int Seed,
    GeneratorOptions Options,
    IReadOnlyList<int> Years,
    int SchoolCount,
    int RuralSchoolCount,
    long Pupils,
    IReadOnlyList<GeneratedFile> Files,
    IReadOnlyDictionary<string, IReadOnlyList<PlantedSchool>> Planted)
{
    public const string FileName = "generation-manifest.json";

    public const string LowResults = "low-results";
    public const string Resilient = "resilient";
    public const string InflatedVpr = "inflated-vpr";
    public const string LeavesShnor = "leaves-shnor";
    public const string EntersShnor = "enters-shnor";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public IEnumerable<string> PlantedLogins(string category) =>
        Planted.TryGetValue(category, out var schools) ? schools.Select(s => s.Login) : [];

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    public static GenerationManifest Load(string path) =>
        JsonSerializer.Deserialize<GenerationManifest>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"{path} is not a generation manifest.");
}
