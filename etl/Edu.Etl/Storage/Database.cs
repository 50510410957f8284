using DuckDB.NET.Data;

namespace Edu.Etl.Storage;

/// <summary>Opens the analytics DuckDB file and brings its schema up to date.</summary>
public sealed class Database(string path)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Folder beside the database that holds archives, error reports and other state.</summary>
    public string DataDirectory => System.IO.Path.GetDirectoryName(Path)!;

    public DuckDBConnection Open()
    {
        Directory.CreateDirectory(DataDirectory);
        var connection = new DuckDBConnection($"Data Source={Path}");
        connection.Open();
        Migrator.Apply(connection);
        return connection;
    }
}
