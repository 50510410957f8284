using System.Globalization;
using Edu.Generation.Excel;

namespace Edu.Generation.Committee;

/// <summary>
/// Решения и поручения: every item of the five committee documents, as written there (SPEC §11). A register as an
/// analyst keeps it: two title lines, a blank row, then one block per document separated by blank rows; the document
/// date as a date in some blocks and as text in others; long texts in one cell; «Примечание» says where the file
/// departs from a document or adds to it (an assumed date, an added year, illustrative execution marks).
/// </summary>
internal static class DecisionsFile
{
    public static GeneratedFile Write(string outDir)
    {
        using var file = TableFile.Create(outDir, "Решения_и_поручения.xlsx", "Решения");
        string[] headers =
        [
            "Документ", "Дата документа", "№ пункта", "Содержание", "Срок исполнения", "Ответственные исполнители",
            "Показатели", "Дата исполнения", "Отметка об исполнении", "Примечание",
        ];
        file.Title("Реестр решений и поручений комитета общего и профессионального образования Ленинградской области", headers.Length);
        file.Title("Тексты, сроки и ответственные — как в документах; «Показатели» — коды, с которыми аналитик связал пункт; «Примечание» — где файл отступает от документа или дополняет его", headers.Length);
        file.Blank();
        file.HeaderRow(headers);
        file.Quirks.AddRange(
        [
            "two title rows and a blank row above the header; a blank row between documents",
            "document dates as dates in some blocks and as text in others",
            "«Срок» and «Ответственные» exactly as the documents write them, trailing full stops included",
            "one document has no date: an assumed date labelled in «Примечание»",
        ]);

        var cells = new SheetCell[headers.Length];
        var first = true;
        var block = 0;
        foreach (var document in CommitteeDecisions.Documents)
        {
            if (!first) file.Blank();
            first = false;
            var dateAsText = block++ % 2 == 1;
            foreach (var item in document.Items)
            {
                cells[0] = document.Document;
                cells[1] = dateAsText ? SheetCell.Of(document.Date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)) : SheetCell.Of(document.Date);
                cells[2] = item.Item;
                cells[3] = item.Content;
                cells[4] = Text(item.Deadline);
                cells[5] = Text(item.Responsible);
                cells[6] = Text(item.Codes);
                cells[7] = item.Done is { } done ? SheetCell.Of(done) : SheetCell.Empty;
                cells[8] = Text(item.DoneNote);
                cells[9] = Text(string.Join(" ", new[] { document.DateNote, item.Note }.Where(n => !string.IsNullOrEmpty(n))));
                file.Row(cells);
                file.DataRows++;
            }
        }

        return file.Describe(GeneratedKind.Decisions);
    }

    private static SheetCell Text(string? text) => string.IsNullOrEmpty(text) ? SheetCell.Empty : SheetCell.Of(text);
}
