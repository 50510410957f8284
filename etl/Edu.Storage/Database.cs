using DuckDB.NET.Data;

namespace Edu.Storage;

/// <summary>Opens the analytics DuckDB file and brings it up to the schema of the parts this process is made of.</summary>
public sealed class Database(string path, Schema schema)
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public Schema Schema => schema;

    /// <summary>Folder beside the database that holds archives, error reports and other state.</summary>
    public string DataDirectory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>
    /// The data source text of every connection to this file: DuckDB.NET shares one database instance among
    /// connections whose text is the same, so a process that opens the file twice must use this one.
    /// </summary>
    public string ConnectionString => $"Data Source={Path}";

    public DuckDBConnection Open()
    {
        Directory.CreateDirectory(DataDirectory);
        var connection = new DuckDBConnection(ConnectionString);
        connection.Open();
        // A load appends a whole file in one transaction. By default DuckDB holds five full row groups
        // (~600,000 rows, ~180 MB for ВПР) in memory before writing any to the file; with one, each
        // row group goes to disk as soon as it is full. The setting is global to the database instance.
        connection.Execute("SET write_buffer_row_group_count = 1");
        Migrator.Apply(connection, schema);
        return connection;
    }
}
