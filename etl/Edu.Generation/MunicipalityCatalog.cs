using Edu.Reference;

namespace Edu.Generation;

/// <summary>
/// The 18 municipalities from the shipped reference file, with the generator's own view of
/// each school network: relative number of schools, how rural it is, its towns.
/// </summary>
internal static class MunicipalityCatalog
{
    // Relative school counts and rural propensity follow the real oblast roughly:
    // Всеволожский and Гатчинский are the biggest, Сосновоборский ГО is one town.
    private static readonly Dictionary<string, (double Weight, double Rural, string[] Towns)> Shape = new()
    {
        ["Бокситогорский район"] = (14, 0.5, ["Бокситогорск", "Пикалёво"]),
        ["Волосовский район"] = (16, 0.75, ["Волосово"]),
        ["Волховский район"] = (24, 0.5, ["Волхов", "Сясьстрой", "Новая Ладога"]),
        ["Всеволожский район"] = (64, 0.35, ["Всеволожск", "Мурино", "Кудрово", "Сертолово"]),
        ["Выборгский район"] = (40, 0.45, ["Выборг", "Светогорск", "Приморск", "Каменногорск"]),
        ["Гатчинский район"] = (50, 0.45, ["Гатчина", "Коммунар"]),
        ["Кингисеппский район"] = (16, 0.45, ["Кингисепп", "Ивангород"]),
        ["Киришский район"] = (11, 0.3, ["Кириши"]),
        ["Кировский район"] = (20, 0.35, ["Кировск", "Шлиссельбург", "Отрадное"]),
        ["Лодейнопольский район"] = (8, 0.45, ["Лодейное Поле"]),
        ["Ломоносовский район"] = (22, 0.85, ["Ломоносов"]),
        ["Лужский район"] = (26, 0.6, ["Луга"]),
        ["Подпорожский район"] = (8, 0.45, ["Подпорожье"]),
        ["Приозерский район"] = (17, 0.6, ["Приозерск"]),
        ["Сланцевский район"] = (9, 0.4, ["Сланцы"]),
        ["Тихвинский район"] = (14, 0.3, ["Тихвин"]),
        ["Тосненский район"] = (24, 0.45, ["Тосно", "Никольское", "Любань"]),
        ["Сосновоборский городской округ"] = (9, 0.0, ["Сосновый Бор"]),
    };

    private static readonly MunicipalityDirectory Reference = MunicipalityDirectory.LoadDefault();

    private static readonly Lazy<IReadOnlyList<Municipality>> Loaded = new(Load);

    public static IReadOnlyList<Municipality> All => Loaded.Value;

    public static string RegionName => Reference.Region;

    private static IReadOnlyList<Municipality> Load() =>
        Reference.All
            .OrderBy(m => m.Code, StringComparer.Ordinal)
            .Select(m =>
            {
                var shape = Shape.TryGetValue(m.Name, out var s) ? s : (Weight: 10, Rural: 0.5, Towns: [m.Name.Split(' ')[0]]);
                return new Municipality(m.Code, m.Name, m.District, shape.Weight, shape.Rural, shape.Towns);
            })
            .ToList();
}
