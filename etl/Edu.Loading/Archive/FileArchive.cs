using DuckDB.NET.Data;
using Edu.Storage;

namespace Edu.Loading.Archive;

/// <summary>
/// The archive folder (data/archive). A copy is first written to «.staging» and moved into the archive only after the
/// load history row that names it is committed, so a process killed in between never leaves an archive file for a
/// load that did not happen; <see cref="Recover"/> finishes or discards what such a process left behind.
/// </summary>
internal sealed class FileArchive(string directory)
{
    public string Directory { get; } = directory;

    private string Staging => Path.Combine(Directory, ".staging");

    public string FinalPath(string name) => Path.Combine(Directory, name);

    public string StagingPath(string name)
    {
        System.IO.Directory.CreateDirectory(Staging);
        return Path.Combine(Staging, name);
    }

    /// <summary>Moves a staged copy into the archive once its history row is committed.</summary>
    public void Publish(string name)
    {
        var staged = Path.Combine(Staging, name);
        if (File.Exists(staged)) File.Move(staged, FinalPath(name), overwrite: true);
    }

    /// <summary>
    /// Staged copies a stopped process left: one whose load was committed is published, any other (a load that never
    /// committed, a half-written copy) is deleted. Runs while the caller holds the database for writing.
    /// </summary>
    public void Recover(DuckDBConnection connection)
    {
        if (!System.IO.Directory.Exists(Staging)) return;
        foreach (var staged in System.IO.Directory.EnumerateFiles(Staging))
        {
            var name = Path.GetFileName(staged);
            var committed = connection.Scalar<long>("SELECT count(*) FROM loads WHERE archive_path = $p0", FinalPath(name)) > 0;
            if (committed) Publish(name);
            else File.Delete(staged);
        }
    }
}
