using ClosedXML.Excel;
using Edu.Reports.Charts;

namespace Edu.Reports.Workbook;

/// <summary>The monthly workbook: «Сводка» with the charts, then one sheet per export in SPEC §8 order.</summary>
public static class ReportWorkbook
{
    public static IReadOnlyList<string> SheetNames { get; } =
    [
        SummarySheet.Name, "Показатели", "ШНОР", "ШФНСУ и резильентные", "Стабильно высокие", "Объективность", "Наставничество", "Дефициты ВПР",
        "Загрузки за месяц",
    ];

    public static void Write(ReportContext context, IReadOnlyList<ReportChart> charts, string path)
    {
        var t = context.Tables;
        var year = context.YearNote;
        PictureSupport.Enable();
        using var workbook = new XLWorkbook();
        SummarySheet.Add(workbook, context, charts);
        var indicators = TableSheet.Add(workbook, SheetNames[1], t.Indicators, context, "статусы целей на эту дату", "Целевые показатели не загружены");
        StatusColours.Apply(indicators, t.Indicators);
        TableSheet.Add(workbook, SheetNames[2], t.Shnor, context, year, "Школ со статусом ШНОР или «группа риска» нет");
        TableSheet.Add(workbook, SheetNames[3], t.Resilient, context, year, "ШФНСУ и резильентных школ нет");
        TableSheet.Add(workbook, SheetNames[4], t.StableHigh, context, year, "Школ со стабильно высокими результатами нет");
        TableSheet.Add(workbook, SheetNames[5], t.Objectivity, context, year, "Нет ВПР с индивидуальными результатами");
        TableSheet.Add(workbook, SheetNames[6], t.Mentors, context, year, "Школ, которым нужен наставник, нет");
        TableSheet.Add(workbook, SheetNames[7], t.TaskDeficits, context, $"{year}; задания ВПР ниже порога освоения («Ниже 50 %»): региона, затем муниципалитетов",
            "Заданий ВПР ниже порога освоения нет, или индивидуальные результаты ВПР за этот год не загружены");
        var loadsNote = context.Request.Municipality is null
            ? "время загрузки — как в выгрузке «loads»"
            : "история загрузок общая для региона и в отчёт по муниципалитету не входит";
        TableSheet.Add(workbook, SheetNames[8], t.Loads, context, loadsNote, "Загрузок в этом месяце не было");
        workbook.Worksheet(1).SetTabActive();
        workbook.SaveAs(path);
    }
}
