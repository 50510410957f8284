using System.IO.Compression;
using System.Text;
using Edu.Loading.Tests.Support;

namespace Edu.Loading.Tests.BrokenFiles;

/// <summary>
/// Writers of broken inputs. Valid layouts mirror Support/Fixtures with one-row headers, so every
/// column letter in the expected messages can be checked by eye against the header written here.
/// </summary>
public static class BrokenInputs
{
    // A..M: ОО, Муниципалитет, Название ОО, Код участника, Класс, Вариант, 1, 2, 3, 4.1, Первичный балл (K), Отметка (L), Отметка по журналу (M).
    public static readonly object?[] VprIndividualHeader =
        ["ОО", "Муниципалитет", "Название ОО", "Код участника", "Класс", "Вариант", "1 (1б)", "2 (1б)", "3 (2б)", "4.1 (2б)", "Первичный балл", "Отметка", "Отметка по журналу"];

    /// <summary>Rows 1–2 are titles, row 3 the header, data from row 4.</summary>
    public static string VprIndividual(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Результаты", [["ВПР 2024 Математика 5 класс"], ["Выгрузка из ФИС ОКО от 01.06.2024"], VprIndividualHeader], rows);

    /// <summary>A participant row of sch470001, by default valid: task scores 1, 1, 2, 2 (maxima 1, 1, 2, 2), primary 6, mark 5.</summary>
    public static object?[] Work(string participant, object? mark = null, object? primary = null, object?[]? tasks = null, string login = "sch470001") =>
        [login, "Лужский район", "МОУ «Лужская СОШ № 1»", participant, "5А", "1", .. tasks ?? [1, 1, 2, 2], primary ?? 6, mark ?? 5, 5];

    // A..F: Год, Предмет, Класс, Номер задания (D), Проверяемые требования (умения) (E), Максимальный балл (F); data from row 2.
    public static string VprTasks(TestDatabase db, string name, params object?[][] rows)
    {
        using var wb = new Workbook("Кодификатор");
        wb.Row("Год", "Предмет", "Класс", "Номер задания", "Проверяемые требования (умения)", "Максимальный балл");
        foreach (var row in rows) wb.Row(row);
        return wb.Save(db.File(name));
    }

    /// <summary>A codifier row of the seeded ВПР 2024 Математика 5 (tasks 1, 2, 3, 4.1 worth 1, 1, 2, 2).</summary>
    public static object?[] Requirement(object task, object? max, string text = "Решать задачи на движение") => [2024, "Математика", 5, task, text, max];

    // A..I: Год, Предмет, Класс, Логин ОО (D), Кол-во участников (E), 2, 3, 4, 5.
    public static string VprMarks(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Отметки", [["Статистика по отметкам ВПР 2024"], ["Год", "Предмет", "Класс", "Логин ОО", "Кол-во участников", "2", "3", "4", "5"]], rows);

    public static object?[] Marks(string login, int participants = 48, params object?[] shares) =>
        [2024, "Математика", 5, login, participants, .. shares.Length == 0 ? new object?[] { "10,5%", "45,3%", "34,2%", "10%" } : shares];

    // A..H: Год (A), Логин ОО, the six shares from C.
    public static string Context(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Контекст",
        [
            ["Контекстные данные ОО"],
            ["Год", "Логин ОО", "Доля обучающихся из малообеспеченных семей, %", "Доля обучающихся с ОВЗ, %",
                "Доля обучающихся, для которых русский язык не родной, %", "Доля обучающихся, оба родителя которых имеют высшее образование, %",
                "Доля обучающихся из неполных семей, %", "Укомплектованность педагогическими кадрами, %"],
        ], rows);

    // A..F: Код показателя, Показатель, Муниципалитет, Срок (D), Целевое значение, Условие (F).
    public static string Targets(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Показатели", [["Код показателя", "Показатель", "Муниципалитет", "Срок", "Целевое значение", "Условие"]], rows);

    // A..H: Код показателя (A), Показатель, Муниципалитет (C), Дата значения (D), Значение (E), Числитель (F), Знаменатель (G), Единица (H).
    public static string IndicatorValues(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Значения", [["Код показателя", "Показатель", "Муниципалитет", "Дата значения", "Значение", "Числитель", "Знаменатель", "Единица"]], rows);

    public static object?[] Value(string code, string municipality, object? value, object? numerator = null, object? denominator = null, string? unit = null) =>
        [code, "Показатель " + code, municipality, "31.12.2024", value, numerator, denominator, unit];

    // A..E: Проект, Год, Логин ОО (C), Роль, Логин ОО партнёра (E).
    public static string Rosters(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Участники", [["Проект", "Год", "Логин ОО", "Роль", "Логин ОО партнёра"]], rows);

    // A..E: Дата самодиагностики, Логин ОО (B), Уровень (C), Итого баллов (D), Знание (E).
    public static string SelfDiagnostics(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Самодиагностика", [["Дата самодиагностики", "Логин ОО", "Уровень", "Итого баллов", "Знание"]], rows);

    public static object?[] Round(string login, object? level = null, object? total = null, object? knowledge = null, string date = "15.11.2023") =>
        [date, login, level ?? "базовый", total ?? 120, knowledge ?? 20];

    // A..G: Дата самодиагностики, Логин ОО (B), Направление (C), Номер показателя (D), Показатель, Баллы (F), Максимальный балл (G).
    public static string SelfDiagnosticsCriteria(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Показатели", [["Дата самодиагностики", "Логин ОО", "Направление", "Номер показателя", "Показатель", "Баллы", "Максимальный балл"]], rows);

    public static object?[] Criterion(string login, object number, object? points = null, object? max = null, string direction = "Знание") =>
        ["15.11.2023", login, direction, number, "Показатель " + number, points ?? 1, max];

    // A..H: Документ, Дата документа, Пункт (C), Содержание, Срок (E), Ответственные, Показатели (G), Дата исполнения (H).
    public static string Decisions(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Решения", [["Документ", "Дата документа", "Пункт", "Содержание", "Срок", "Ответственные", "Показатели", "Дата исполнения"]], rows);

    public static object?[] Item(string item, string deadline = "до 10 января 2024 года", string? codes = null, string? done = null) =>
        ["Решение совещания", "22.12.2023", item, "Содержание пункта " + item, deadline, "ГАОУ ДПО «ЛОИРО»", codes, done];

    public static readonly string[] SchoolsHeader =
        ["Логин ОО", "Код ОО", "Наименование ОО", "Муниципалитет", "Тип ОО", "Тип местности", "Численность обучающихся"];

    public static string Schools(TestDatabase db, string name, params object?[][] rows) =>
        Sheet(db, name, "Справочник", [SchoolsHeader], rows);

    /// <summary>Rows 1–2 are titles, row 3 the header (A Код МСУ … J Номер, K Первичный балл, L Оценка), data from row 4.</summary>
    public static string Oge(TestDatabase db, string name, string title, params object?[][] rows) =>
        Sheet(db, name, "Протокол",
        [
            [title], ["Протокол результатов ОГЭ"],
            ["Код МСУ", "Код ОО", "Класс", "Код ППЭ", "Аудитория", "Фамилия", "Имя", "Отчество", "Серия", "Номер", "Первичный балл", "Оценка"],
        ], rows);

    public static object?[] OgeRow(string surname, string number, int primary = 18, int mark = 4) =>
        ["12", "410001", "9А", "4701", "0012", surname, "Анастасия", "Игоревна", "4015", number, primary, mark];

    /// <summary>The coverage CSV: row 1 a title, row 2 the header (A дата, B Муниципалитет, C Численность детей…), data from row 3.</summary>
    public static string CoverageCsv(TestDatabase db, string name, params string[] dataLines)
    {
        var text = new StringBuilder()
            .AppendLine("Охват детей дополнительным образованием;;;;;;")
            .AppendLine("Отчётная дата;Муниципалитет;Численность детей 5–18 лет;Охвачено дополнительным образованием;в т.ч. техническая и естественнонаучная направленности;Численность детей с ОВЗ 5–18 лет;Охвачено детей с ОВЗ");
        foreach (var line in dataLines) text.AppendLine(line);
        return WriteText(db, name, text.ToString(), new UTF8Encoding(true));
    }

    /// <summary>A workbook of one sheet: its title and header rows, then the data rows.</summary>
    private static string Sheet(TestDatabase db, string name, string sheet, object?[][] head, object?[][] rows)
    {
        using var wb = new Workbook(sheet);
        foreach (var row in head.Concat(rows)) wb.Row(row);
        return wb.Save(db.File(name));
    }

    public static string WriteText(TestDatabase db, string name, string text, Encoding encoding)
    {
        var path = db.File(name);
        File.WriteAllText(path, text, encoding);
        return path;
    }

    public static string WriteBytes(TestDatabase db, string name, byte[] bytes)
    {
        var path = db.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A zip archive with the given entries, each written with maximal deflate compression.</summary>
    public static string Zip(TestDatabase db, string name, params (string Entry, Action<Stream> Write)[] entries)
    {
        var path = db.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, write) in entries)
        {
            using var stream = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            write(stream);
        }
        return path;
    }

    /// <summary>
    /// A copy of a valid workbook whose first sheet ends in <paramref name="padding"/> bytes of spaces
    /// (still well-formed XML) while the zip's headers declare the sheet's original size.
    /// </summary>
    public static string WithSheetInflatingPastItsDeclaredSize(TestDatabase db, string source, string name, long padding)
    {
        var path = db.File(name);
        string? sheet = null;
        long declared = 0;
        using (var input = ZipFile.OpenRead(source))
        using (var output = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = output.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                from.CopyTo(to);
                if (sheet is not null || !entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)) continue;
                (sheet, declared) = (entry.FullName, entry.Length);
                var spaces = new byte[1024 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (var left = padding; left > 0; left -= spaces.Length) to.Write(spaces, 0, (int)Math.Min(spaces.Length, left));
            }
        }
        DeclareSize(path, sheet!, declared);
        return path;
    }

    /// <summary>Overwrites the uncompressed size a zip declares for one entry, in its local header and in the central directory.</summary>
    private static void DeclareSize(string path, string entry, long size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entry);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            // Offsets of the name length, the name and the uncompressed size: local header, central directory record.
            var (nameLengthAt, nameAt, sizeAt) = BitConverter.ToUInt32(bytes, i) switch
            {
                0x04034b50 => (26, 30, 22),
                0x02014b50 => (28, 46, 24),
                _ => (0, 0, 0),
            };
            if (nameAt == 0 || BitConverter.ToUInt16(bytes, i + nameLengthAt) != name.Length) continue;
            if (!bytes.AsSpan(i + nameAt, name.Length).SequenceEqual(name)) continue;
            BitConverter.GetBytes((uint)size).CopyTo(bytes, i + sizeAt);
            patched++;
        }
        patched.Should().Be(2, "the entry has one local header and one central directory record");
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>
    /// A copy of a valid workbook with one package part rewritten as text; a rewrite returning null removes the part.
    /// The crafted damage is then exactly the one the case names.
    /// </summary>
    public static string WithPart(TestDatabase db, string source, string name, string part, Func<string, string?> rewrite)
    {
        var path = db.File(name);
        using var input = ZipFile.OpenRead(source);
        using var output = ZipFile.Open(path, ZipArchiveMode.Create);
        var found = false;
        foreach (var entry in input.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var text = reader.ReadToEnd();
            if (entry.FullName == part)
            {
                found = true;
                if (rewrite(text) is not { } rewritten) continue;
                text = rewritten;
            }
            using var writer = new StreamWriter(output.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
        found.Should().BeTrue($"the workbook has a part {part}");
        return path;
    }

    /// <summary>The sheet XML of <paramref name="source"/> with the element of row <paramref name="row"/> edited.</summary>
    public static string WithRow(TestDatabase db, string source, string name, int row, Func<string, int, string> edit) =>
        WithPart(db, source, name, "xl/worksheets/sheet1.xml", xml =>
        {
            var at = System.Text.RegularExpressions.Regex.Match(xml, $@"<(\w+:)?row\b[^>]*\br=""{row}""");
            at.Success.Should().BeTrue($"row {row} is in the sheet XML");
            return edit(xml, at.Index);
        });

    public static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"«{what}» is in the text");
        return text[..at] + with + text[(at + what.Length)..];
    }

    public static Action<Stream> Text(string text) => s => s.Write(Encoding.UTF8.GetBytes(text));

    public static Action<Stream> Zeros(long bytes) => s =>
    {
        var block = new byte[1024 * 1024];
        for (var left = bytes; left > 0; left -= block.Length) s.Write(block, 0, (int)Math.Min(block.Length, left));
    };

    /// <summary>A committed file from tests/Edu.Loading.Tests/Fixtures, copied into the test's input folder.</summary>
    public static string Committed(TestDatabase db, string fixture, string? name = null) => CopyOf(db, RepoPaths.Fixture(fixture), name ?? fixture);

    public static string CopyOf(TestDatabase db, string source, string name)
    {
        var path = db.File(name);
        File.Copy(source, path);
        return path;
    }
}
