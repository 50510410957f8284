namespace Edu.Generation;

/// <summary>Plausible official school names: «МОУ «СОШ № 3» г. Луга», «МОУ «ООШ» д. Заклинье».</summary>
internal sealed class SchoolNaming
{
    private static readonly string[] Villages =
    [
        "Заклинье", "Осьмино", "Толмачёво", "Мшинская", "Вырица", "Сиверский", "Рощино", "Кобралово",
        "Ополье", "Котлы", "Копорье", "Лебяжье", "Пудость", "Сельцо", "Рябово", "Павлово", "Назия",
        "Путилово", "Свирица", "Паша", "Алёховщина", "Шугозеро", "Ефимовский", "Самойлово", "Винницы",
        "Оять", "Важины", "Мельниково", "Сосново", "Громово", "Кузнечное", "Ларионово", "Плодовое",
        "Агалатово", "Токсово", "Лесколово", "Юкки", "Калитино", "Бегуницы", "Зимитицы", "Сабск",
        "Торковичи", "Серебрянка", "Скреблово", "Ям-Тесово", "Старополье", "Выскатка", "Загривье",
        "Усть-Луга", "Котельский", "Глажево", "Пчёвжа", "Суходолье", "Тосно-2", "Ушаки", "Рябово",
        "Шапки", "Форносово", "Сусанино", "Дружная Горка", "Кобрино", "Пригородный", "Борское",
        "Большой Сабск", "Новоселье", "Низино", "Ропша", "Оржицы", "Гостилицы", "Дубровка", "Синявино",
        "Мга", "Сясьстрой", "Потанино", "Хвалово", "Ганьково", "Шугозеро", "Пашозеро", "Коськово",
    ];

    private static readonly string[] LegalForms = ["МОУ", "МБОУ", "МАОУ", "МКОУ", "МОБУ"];

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public string Name(Rng rng, string type, bool rural, Municipality municipality)
    {
        var form = rng.Pick(LegalForms);
        if (rural)
        {
            var village = rng.Pick(Villages);
            var kind = rng.Chance(0.5) ? "д." : "пос.";
            return type switch
            {
                "НОШ" => $"{form} «Начальная общеобразовательная школа» {kind} {village}",
                "ООШ" => $"{form} «{village} ООШ»",
                "ЦО" => $"{form} «Центр образования» {kind} {village}",
                _ => rng.Chance(0.5) ? $"{form} «{village} СОШ»" : $"{form} «Средняя общеобразовательная школа» {kind} {village}",
            };
        }

        var town = rng.Pick(municipality.Towns);
        var key = town + "|" + type;
        var number = _numbers[key] = _numbers.GetValueOrDefault(key) + 1;
        return type switch
        {
            "гимназия" => $"{form} «Гимназия № {number}» г. {town}",
            "лицей" => $"{form} «Лицей № {number}» г. {town}",
            "ЦО" => $"{form} «Центр образования № {number}» г. {town}",
            "СКОШ" => $"ГБОУ ЛО «{town} специальная (коррекционная) школа № {number}»",
            "ООШ" => $"{form} «Основная общеобразовательная школа № {number}» г. {town}",
            _ => $"{form} «СОШ № {number}» г. {town}",
        };
    }
}
