using DuckDB.NET.Data;
using Edu.Etl.Storage;

namespace Edu.Etl.Export;

/// <summary>The exports owned by the loader: the schools registry and the load history.</summary>
public static class EtlTables
{
    public static ExportTable Schools(DuckDBConnection connection, string? municipality)
    {
        ExportColumn[] columns =
        [
            new("Логин ОО", ExportType.Text), new("Код ОО", ExportType.Text), new("Наименование ОО", ExportType.Text),
            new("Муниципалитет", ExportType.Text), new("Образовательный округ", ExportType.Text), new("Тип ОО", ExportType.Text),
            new("Тип местности", ExportType.Text), new("Численность обучающихся", ExportType.Integer),
        ];
        var rows = Read(connection, """
            SELECT login, code, name, municipality, district, school_type, CASE WHEN is_rural THEN 'село' WHEN NOT is_rural THEN 'город' END, enrolment
            FROM schools WHERE $p0 IS NULL OR municipality = $p0 ORDER BY login
            """, municipality);
        return new ExportTable("schools", "ОО", columns, rows);
    }

    public static ExportTable Loads(DuckDBConnection connection)
    {
        ExportColumn[] columns =
        [
            new("Дата загрузки", ExportType.DateTime), new("Файл", ExportType.Text), new("Вид", ExportType.Text), new("Хэш", ExportType.Text),
            new("Строк", ExportType.Integer), new("Итог", ExportType.Text), new("Ошибок", ExportType.Integer), new("Пользователь", ExportType.Text),
            new("Объём", ExportType.Text),
        ];
        var rows = Read(connection, """
            SELECT loaded_at, file_name, kind, file_hash, row_count, outcome, error_count, user_name, scope
            FROM loads ORDER BY load_id
            """);
        return new ExportTable("loads", "Загрузки", columns, rows);
    }

    public static List<object?[]> Read(DuckDBConnection connection, string sql, params object?[] parameters)
    {
        using var cmd = connection.Command(sql, parameters);
        using var reader = cmd.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
