using Edu.Reports.Charts;
using Edu.Spreadsheets;

namespace Edu.Reports.Workbook;

/// <summary>The monthly workbook: «Сводка» with the charts, then one sheet per export in SPEC §8 order.</summary>
public static class ReportWorkbook
{
    public static IReadOnlyList<string> SheetNames { get; } =
    [
        SummarySheet.Name, "Показатели", "ШНОР", "ШФНСУ и резильентные", "Стабильно высокие", "Объективность", "Наставничество",
        "Исполнение решений", "Самодиагностика", "Дефициты ВПР", "Загрузки за месяц",
    ];

    public static void Write(ReportContext context, IReadOnlyList<ReportChart> charts, string path)
    {
        var t = context.Tables;
        var year = context.YearNote;
        PictureSupport.Enable();
        using var workbook = DocumentWorkbook.Create();
        SummarySheet.Add(workbook, context, charts);
        TableSheet.Add(workbook, SheetNames[1], t.Indicators, context, "статусы целей на дату отчёта", "Целевые показатели не загружены");
        TableSheet.Add(workbook, SheetNames[2], t.Shnor, context, year, "Школ со статусом ШНОР или «группа риска» нет");
        TableSheet.Add(workbook, SheetNames[3], t.Resilient, context, year, "ШФНСУ и резильентных школ нет");
        TableSheet.Add(workbook, SheetNames[4], t.StableHigh, context, year, "Школ со стабильно высокими результатами нет");
        TableSheet.Add(workbook, SheetNames[5], t.Objectivity, context, year, "Нет ВПР с индивидуальными результатами");
        TableSheet.Add(workbook, SheetNames[6], t.Mentors, context, year, "Школ, которым нужен наставник, нет");
        var decisions = TableSheet.Add(workbook, SheetNames[7], t.Decisions, context,
            "просроченные пункты решений, пункты со сроком в этом месяце и исполненные в этом месяце; даты значений, цель и её уровень — в выгрузке «decisions»",
            "Просроченных пунктов, сроков и исполнений в этом месяце нет");
        StatusColours.Apply(decisions, t.Decisions);
        TableSheet.Add(workbook, SheetNames[8], t.SelfDiagnostics, context,
            "уровни «Школы Минпросвещения России» по последней самодиагностике на дату отчёта; первыми — школы ниже базового уровня",
            "Результатов самодиагностики нет");
        TableSheet.Add(workbook, SheetNames[9], t.TaskDeficits, context, $"{year}; задания ВПР ниже порога освоения («Ниже 50 %»): региона, затем муниципалитетов",
            "Заданий ВПР ниже порога освоения нет, или индивидуальные результаты ВПР за этот год не загружены");
        var loadsNote = context.Request.Municipality is null
            ? $"время загрузки — {context.Clock.Label}, как в выгрузке «loads»"
            : "история загрузок общая для региона и в отчёт по муниципалитету не входит";
        TableSheet.Add(workbook, SheetNames[10], t.Loads, context, loadsNote, "Загрузок в этом месяце не было");
        workbook.Worksheet(1).SetTabActive();
        DocumentWorkbook.Save(workbook, path);
    }
}
