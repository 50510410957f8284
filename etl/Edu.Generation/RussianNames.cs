namespace Edu.Generation;

/// <summary>
/// Fake personal data for ОГЭ protocols: common Russian surnames, names and patronymics, and
/// passport numbers. Synthetic by construction (random combinations, series 99xx never issued
/// for the region), realistic enough that the loader's personal-data stripping is tested for real.
/// </summary>
internal static class RussianNames
{
    private static readonly string[] Surnames =
    [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
        "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
        "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков",
        "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов",
        "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
    ];

    private static readonly string[] MaleNames =
    [
        "Александр", "Максим", "Артём", "Михаил", "Иван", "Дмитрий", "Даниил", "Кирилл", "Егор", "Андрей",
        "Никита", "Илья", "Алексей", "Матвей", "Тимофей", "Роман", "Владимир", "Ярослав", "Фёдор", "Георгий",
        "Константин", "Лев", "Николай", "Степан", "Марк", "Павел", "Арсений", "Денис", "Глеб", "Сергей",
    ];

    private static readonly string[] FemaleNames =
    [
        "Анастасия", "Мария", "Анна", "Виктория", "Полина", "Елизавета", "Дарья", "Александра", "Софья",
        "Екатерина", "Варвара", "Ксения", "Арина", "Алиса", "Вероника", "Валерия", "Ульяна", "Василиса",
        "Алёна", "Милана", "Диана", "Ева", "Маргарита", "Кристина", "Юлия", "Татьяна", "Ольга", "Таисия",
    ];

    // Fathers' names with both patronymic forms.
    private static readonly (string Male, string Female)[] Patronymics =
    [
        ("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Дмитриевич", "Дмитриевна"),
        ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Владимирович", "Владимировна"),
        ("Иванович", "Ивановна"), ("Михайлович", "Михайловна"), ("Николаевич", "Николаевна"),
        ("Евгеньевич", "Евгеньевна"), ("Викторович", "Викторовна"), ("Олегович", "Олеговна"),
        ("Игоревич", "Игоревна"), ("Павлович", "Павловна"), ("Юрьевич", "Юрьевна"), ("Романович", "Романовна"),
        ("Денисович", "Денисовна"), ("Максимович", "Максимовна"), ("Артёмович", "Артёмовна"),
        ("Константинович", "Константиновна"), ("Вячеславович", "Вячеславовна"), ("Петрович", "Петровна"),
    ];

    public static (string Surname, string Name, string Patronymic) Person(Rng rng)
    {
        var male = rng.Chance(0.5);
        var surname = rng.Pick(Surnames);
        var patronymic = rng.Pick(Patronymics);
        return male
            ? (surname, rng.Pick(MaleNames), patronymic.Male)
            : (Feminine(surname), rng.Pick(FemaleNames), patronymic.Female);
    }

    public static (string Series, string Number) Passport(Rng rng) =>
        ("99" + rng.Between(10, 24).ToString(System.Globalization.CultureInfo.InvariantCulture),
         rng.Between(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Feminine(string surname) => surname + "а";
}
