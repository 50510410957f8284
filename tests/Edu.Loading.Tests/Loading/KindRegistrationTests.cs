using Edu.Loading.Headers;
using Edu.Loading.Tests.Support;
using Edu.Reference;

namespace Edu.Loading.Tests.Loading;

/// <summary>
/// A new input kind is complete only when every place of the loading README's checklist has it: these fail for a
/// kind added to the enum and forgotten elsewhere, so the list cannot silently grow a missing step.
/// </summary>
public sealed class KindRegistrationTests
{
    public static TheoryData<FileKind> Kinds => new(Enum.GetValues<FileKind>());

    [Fact]
    public void Codes_are_the_kind_names_in_kebab_case_and_read_back()
    {
        FileKind.VprIndividual.Code().Should().Be("vpr-individual");
        FileKind.Schools.Code().Should().Be("schools");
        Enum.GetValues<FileKind>().Should().OnlyContain(k => FileKindNames.FromCode(k.Code()) == k);
        var unknown = () => FileKindNames.FromCode("vpr");
        unknown.Should().Throw<ArgumentException>();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_its_aliases_with_a_title_and_required_columns(FileKind kind)
    {
        var definition = KindCatalog.Default[kind];
        definition.Title.Should().NotBeNullOrWhiteSpace();
        definition.Required.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_its_russian_name_in_the_reference_list_of_kinds(FileKind kind)
    {
        InputKinds.Title(kind.Code()).Should().Be(kind.ToRussian()).And.NotBeNullOrWhiteSpace();
        kind.ToRussian().Should().MatchRegex("^[А-ЯЁ]", "users read it: a Russian name, not a code");
    }

    [Fact]
    public void The_reference_list_of_kinds_names_exactly_the_enums_kinds() =>
        InputKinds.All.Keys.Should().BeEquivalentTo(Enum.GetValues<FileKind>().Select(k => k.Code()));

    [Fact]
    public void The_kinds_names_are_those_of_spec_section_3()
    {
        // SPEC §3, copied by hand: the names users know the files by.
        InputKinds.Title("schools").Should().Be("Справочник ОО");
        InputKinds.Title("vpr-individual").Should().Be("ВПР, индивидуальные результаты");
        InputKinds.Title("oge").Should().Be("ОГЭ, протокол РЦОИ");
        InputKinds.Title("targets").Should().Be("Целевые показатели");
    }

    [Fact]
    public void The_aliases_file_has_no_kind_the_enum_lacks() =>
        KindCatalog.Default.Kinds.Select(k => k.Kind).Should().BeEquivalentTo(Enum.GetValues<FileKind>());

    [Fact]
    public void Every_kind_has_its_loader()
    {
        using var db = new TestDatabase();
        using var connection = db.Open();
        var context = new LoadContext(connection, 1, "проба.xlsx", new ProblemList(), SchoolRegistry.Read(connection),
            MunicipalityDirectory.LoadDefault(), SubjectDirectory.Default, new ParticipantHasher([1, 2, 3]));

        foreach (var kind in Enum.GetValues<FileKind>())
        {
            using var loader = KindLoaders.Create(kind, context);
            loader.Kind.Should().Be(kind);
        }
    }
}
