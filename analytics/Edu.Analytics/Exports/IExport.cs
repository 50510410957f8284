using DuckDB.NET.Data;
using Edu.Spreadsheets;

namespace Edu.Analytics.Exports;

/// <summary>A SPEC §5 table seen without its row type: what «./edu export» and the dashboard's download need.</summary>
public interface IExport
{
    /// <summary>The table name of «./edu export» and of /export/{name}.</summary>
    string Name { get; }

    string Title { get; }

    ITable Query(DuckDBConnection connection, ExportFilter filter);

    /// <summary>Writes the rows to an .xlsx (under <paramref name="heading"/>) or .csv file as «./edu export» gives them; returns the rows written.</summary>
    long Write(DuckDBConnection connection, ExportFilter filter, string path, DocumentHeading heading);
}
