using System.Reflection;
using Edu.Analytics.Exports;
using Edu.Reference;
using Edu.Spreadsheets;

namespace Edu.Analytics.Tests.ReadModels;

/// <summary>
/// Each read model's column map agrees with its row record: every column writes a property of the row with the
/// type its column type promises, and every property is written by some column (or is named here as kept off the
/// files on purpose), so a new property cannot be forgotten and a column cannot write something the row lacks.
/// </summary>
public sealed class ColumnMapTests
{
    private static readonly AnalyticsExports Exports = new(new DateOnly(2025, 10, 31), new AnalyticsOptions(), new ProjectOptions());

    // Properties a file does not carry, and why.
    private static readonly Dictionary<string, string[]> NotWritten = new()
    {
        ["loads"] = ["LoadId", "HasErrorReport"], // the history's own key and whether a report exists: the page shows them
        ["resilient"] = ["Resilient"], // derived from the two method columns
        ["schools"] = ["IsRural"], // written as «Тип местности» (Locality)
        // The file's order of items (rows come in it), and what the register page filters by: the document as one title,
        // the bodies named, the municipalities a row concerns, whether the deadline was missed.
        ["decisions"] = ["Order", "DocumentTitle", "Parties", "Concerns", "MissedDeadline"],
        ["task-results"] = ["Task", "TaskNumber"], // number and text in one, for the page; the task's place in the paper orders the rows
        // The school year of the round (the year filter selects by it; the file has the round's date) and what the page marks.
        ["self-diagnostics"] = ["Year", "BelowBasic"],
        ["sd-deficits"] = ["Year", "IsRegion"],
    };

    public static TheoryData<string> Names => new(Exports.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_column_writes_a_property_of_the_row_with_the_type_its_column_promises(string name)
    {
        var (row, columns) = SampleOf(name);
        var properties = PropertyValues(row);

        foreach (var column in columns)
        {
            var value = column.Value(row);
            value.Should().NotBeNull($"the sample row of «{name}» has every property set, column «{column.Header}»");
            Promised(column.Type).Should().Contain(value!.GetType(), $"«{name}» · «{column.Header}» is {column.Type}");
            properties.Values.Should().Contain(value, $"«{name}» · «{column.Header}» writes a property of {row.GetType().Name}");
            if (column.Labels is { } labels) labels.Texts.Should().Contain((string)value, $"«{column.Header}» writes a label of its set");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_property_of_the_row_is_written_by_a_column(string name)
    {
        var (row, columns) = SampleOf(name);
        var written = columns.Select(c => c.Value(row)).ToList();
        var skipped = NotWritten.GetValueOrDefault(name) ?? [];

        foreach (var (property, value) in PropertyValues(row).Where(p => !skipped.Contains(p.Key)))
            written.Should().Contain(value, $"{row.GetType().Name}.{property} must reach the «{name}» files, or be listed as not written");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Keys_and_headers_name_one_column_each(string name)
    {
        var (_, columns) = SampleOf(name);
        columns.Select(c => c.Key).Should().OnlyHaveUniqueItems();
        columns.Select(c => c.Header).Should().OnlyHaveUniqueItems();
    }

    /// <summary>A row whose every constructor argument has its own non-empty value, with the export's columns.</summary>
    private static (object Row, IReadOnlyList<Column<object>> Columns) SampleOf(string name)
    {
        var export = Exports.Find(name)!;
        var exportType = export.GetType();
        while (!exportType.IsGenericType || exportType.GetGenericTypeDefinition() != typeof(Export<>)) exportType = exportType.BaseType!;
        var rowType = exportType.GetGenericArguments()[0];
        var constructor = rowType.GetConstructors().Single();
        var seed = 0;
        var row = constructor.Invoke(constructor.GetParameters().Select(p => SampleValue(p.ParameterType, p.Name!, ++seed)).ToArray());
        var map = (System.Collections.IEnumerable)exportType.GetProperty(nameof(Export<object>.Columns))!.GetValue(export)!;
        var columns = map.Cast<object>().Select(c => Erase(c, rowType)).ToList();
        return (row, columns);
    }

    private static Column<object> Erase(object column, Type rowType)
    {
        var type = typeof(Column<>).MakeGenericType(rowType);
        var value = (Delegate)type.GetProperty(nameof(Column<object>.Value))!.GetValue(column)!;
        var c = (IColumn)column;
        return new Column<object>(c.Key, c.Header, c.Type, r => value.DynamicInvoke(r)) { Labels = c.Labels, NumberFormat = c.NumberFormat };
    }

    private static object SampleValue(Type type, string name, int seed)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return $"{name}-{seed}";
        if (t == typeof(int)) return 1000 + seed;
        if (t == typeof(long)) return 1000L + seed;
        if (t == typeof(double)) return seed + 0.25;
        // One true per row: the booleans of a row would otherwise all look alike.
        if (t == typeof(bool)) return seed % 2 == 0;
        if (t == typeof(DateOnly)) return new DateOnly(2020, 1, 1).AddDays(seed);
        if (t == typeof(DateTime)) return new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(seed);
        if (t.IsEnum) return Enum.GetValues(t).GetValue(seed % Enum.GetValues(t).Length)!;
        if (t == typeof(IReadOnlyList<string>)) return new[] { $"{name}-{seed}" };
        throw new NotSupportedException($"No sample for {type.Name} ({name}).");
    }

    /// <summary>Each property as a column would write it: numbers widened, enums as their labels.</summary>
    private static Dictionary<string, object> PropertyValues(object row) => row.GetType()
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0)
        .Select(p => (p.Name, Value: p.GetValue(row)))
        .Where(p => p.Value is not null)
        .ToDictionary(p => p.Name, p => Written(p.Value!));

    private static object Written(object value) => value switch
    {
        int i => (long)i,
        Enum e => LabelOf(e),
        _ => value,
    };

    private static string LabelOf(Enum value)
    {
        ILabelSet[] sets =
        [
            Model.Labels.ShnorStatuses, Model.Labels.MentorMatches, Model.Labels.AttainmentStatuses, Model.Labels.Conditions, LoadStatuses.Labels,
            Model.Labels.ExecutionStatuses, DecisionScopes.Labels, Model.Labels.ShnorChanges, Model.Labels.TaskLevels,
            Model.Labels.SdLevels, Model.Labels.LevelChanges,
        ];
        var set = sets.Single(s => s.GetType().GetGenericArguments()[0] == value.GetType());
        return (string)set.GetType().GetMethod("Text")!.Invoke(set, [value])!;
    }

    private static Type[] Promised(ColumnType type) => type switch
    {
        ColumnType.Text => [typeof(string)],
        ColumnType.Integer => [typeof(long)],
        ColumnType.Number => [typeof(double)],
        ColumnType.Date => [typeof(DateOnly)],
        ColumnType.DateTime => [typeof(DateTime)],
        ColumnType.YesNo => [typeof(bool)],
        _ => [],
    };
}
