using DuckDB.NET.Data;
using Edu.Dashboard.Access;
using Edu.Storage;
using ScottPlot;

namespace Edu.Dashboard.Charts;

public sealed record MunicipalitySchools(string Municipality, int Urban, int Rural);

/// <summary>«Школы по муниципалитетам»: urban and rural schools of each municipality the scope covers, as a PNG.</summary>
public static class SchoolsChart
{
    // Okabe–Ito colours: told apart with every common colour-vision deficiency and in greyscale print.
    private static readonly Color Urban = Color.FromHex("#0072B2");
    private static readonly Color Rural = Color.FromHex("#E69F00");

    /// <summary>The font is set explicitly: left to itself ScottPlot picks a serif font on Linux (STACK.md).</summary>
    public const string Font = "DejaVu Sans";

    public static List<MunicipalitySchools> Data(DuckDBConnection connection, UserScope scope) =>
        connection.Rows("""
            SELECT municipality, count(*) FILTER (WHERE NOT is_rural), count(*) FILTER (WHERE is_rural)
            FROM schools WHERE $p0 IS NULL OR municipality = $p0
            GROUP BY municipality ORDER BY municipality DESC
            """, r => new MunicipalitySchools(r.GetString(0), (int)r.Long(1), (int)r.Long(2)), scope.SqlMunicipality);

    public static byte[] Render(IReadOnlyList<MunicipalitySchools> data)
    {
        var plot = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < data.Count; i++)
        {
            var d = data[i];
            bars.Add(new Bar { Position = i, ValueBase = 0, Value = d.Urban, FillColor = Urban, LineWidth = 0, Size = 0.7 });
            bars.Add(new Bar { Position = i, ValueBase = d.Urban, Value = d.Urban + d.Rural, FillColor = Rural, LineWidth = 0, Size = 0.7 });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, data.Count).Select(i => (double)i).ToArray(),
            data.Select(d => ShortName(d.Municipality)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // School counts are whole numbers: no 0.1 steps when a municipal user sees a handful of schools.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.02, top: 0.02);
        plot.Title("Школы по муниципалитетам");
        plot.XLabel("Число школ, ед.");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "город", FillColor = Urban });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "село", FillColor = Rural });
        plot.ShowLegend(Alignment.LowerRight);
        if (data.Count == 0) plot.Add.Text("Справочник школ не загружен", 0, 0);
        plot.Font.Set(Font);
        plot.Legend.FontName = Font;
        return plot.GetImageBytes(900, 140 + (30 * Math.Max(data.Count, 1)), ImageFormat.Png);
    }

    // «Сосновоборский городской округ» → «Сосновоборский ГО», «Лужский район» → «Лужский»: long names crowd the axis.
    private static string ShortName(string name) =>
        name.Replace(" городской округ", " ГО", StringComparison.Ordinal).Replace(" район", "", StringComparison.Ordinal);
}
