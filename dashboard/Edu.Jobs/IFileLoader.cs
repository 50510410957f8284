using Edu.Loading;

namespace Edu.Jobs;

/// <summary>Loads one file into DuckDB. The seam exists so the writer path can be observed and faults injected in tests.</summary>
public interface IFileLoader
{
    LoadOutcome Load(string path, IProgress<LoadProgress> progress);
}
