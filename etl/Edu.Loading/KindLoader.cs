using Edu.Loading.Headers;
using Edu.Storage;

namespace Edu.Loading;

/// <summary>
/// Validates and writes the rows of one kind. Rows are appended inside the load's transaction as
/// they are read (memory stays flat); after the last row the loader removes the earlier rows that
/// the file's scopes supersede. Any problem anywhere and the whole transaction is rolled back.
/// </summary>
public abstract class KindLoader(LoadContext context) : IDisposable
{
    private readonly Dictionary<string, TableAppender> _appenders = new(StringComparer.Ordinal);

    protected LoadContext Context { get; } = context;

    public abstract FileKind Kind { get; }

    /// <summary>Rows accepted (not counting skipped blank and «Итого» rows).</summary>
    public int Rows { get; protected set; }

    /// <summary>Human-readable scope of what this file replaces, kept in the load history.</summary>
    public abstract string Scope { get; }

    /// <summary>Reads what the title rows say (year, subject, grade, exam date) before the data rows.</summary>
    public virtual void BeginSheet(HeaderLayout layout, SheetScope sheet)
    {
    }

    public abstract void Row(RowView row);

    /// <summary>Checks that need the whole file, and rows held back until then.</summary>
    public virtual void Complete(SheetScope file)
    {
    }

    /// <summary>Removes rows of earlier loads whose scope this file covers.</summary>
    public abstract void ReplaceSuperseded();

    private protected TableAppender Appender(string table)
    {
        if (!_appenders.TryGetValue(table, out var appender))
        {
            appender = new TableAppender(Context.Connection, table);
            _appenders[table] = appender;
        }
        return appender;
    }

    /// <summary>Flushes appended rows into the transaction; must run before SQL reads the new rows.</summary>
    public void FlushAppenders()
    {
        foreach (var appender in _appenders.Values) appender.Dispose();
        _appenders.Clear();
    }

    /// <summary>Deletes rows of other loads that share a scope (the given columns) with this load's rows.</summary>
    protected void DeleteSuperseded(string table, params string[] scopeColumns)
    {
        var match = string.Join(" AND ", scopeColumns.Select(c => $"n.{c} IS NOT DISTINCT FROM o.{c}"));
        Context.Connection.Execute(
            $"DELETE FROM {table} AS o WHERE o.load_id <> $p0 AND EXISTS (SELECT 1 FROM {table} AS n WHERE n.load_id = $p0 AND {match})",
            Context.LoadId);
    }

    public void Dispose()
    {
        FlushAppenders();
        GC.SuppressFinalize(this);
    }
}
