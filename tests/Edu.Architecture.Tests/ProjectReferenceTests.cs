using System.Reflection;

namespace Edu.Architecture.Tests;

/// <summary>
/// The reference direction of the projects, read from the compiled assemblies: loading → storage; analytics →
/// storage; reports → analytics; dashboard, jobs and the command line on top; nothing points back. The compiler
/// keeps an assembly reference only where a type of it is used, so this checks real use, not the csproj.
/// </summary>
public sealed class ProjectReferenceTests
{
    // What every part may use: the database, the region's reference lists and labels, tables as files (which use labels).
    private static readonly string[] Foundation = ["Edu.Storage", "Edu.Reference", "Edu.Spreadsheets"];

    public static readonly TheoryData<string, string[]> Allowed = new()
    {
        { "Edu.Storage", [] },
        { "Edu.Reference", [] },
        { "Edu.Spreadsheets", ["Edu.Reference"] },
        { "Edu.Loading", Foundation },
        { "Edu.Generation", Foundation },
        { "Edu.Analytics", Foundation },
        { "Edu.Reports", [.. Foundation, "Edu.Analytics"] },
        { "Edu.Jobs", [.. Foundation, "Edu.Loading"] },
        { "Edu.Dashboard", [.. Foundation, "Edu.Loading", "Edu.Analytics", "Edu.Reports", "Edu.Jobs"] },
        { "edu", [.. Foundation, "Edu.Loading", "Edu.Generation", "Edu.Analytics", "Edu.Reports"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void A_project_uses_only_the_projects_beneath_it(string assembly, string[] allowed)
    {
        var used = References(assembly);

        used.Should().BeSubsetOf(allowed, $"{assembly} may reference only {(allowed.Length == 0 ? "none of ours" : string.Join(", ", allowed))}");
    }

    [Fact]
    public void The_rules_read_the_references_the_compiler_kept()
    {
        // Guards the rule above against passing on empty reference lists.
        References("Edu.Loading").Should().Contain("Edu.Storage");
        References("Edu.Reports").Should().Contain("Edu.Analytics");
        References("edu").Should().Contain(["Edu.Loading", "Edu.Analytics", "Edu.Reports", "Edu.Generation"]);
    }

    public static TheoryData<string> Projects => new(Allowed.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(Projects))]
    public void A_project_declares_its_types_in_its_own_namespace(string assembly)
    {
        var root = assembly == "edu" ? "Edu.Cli" : assembly;
        var strays = Assembly.Load(assembly).GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Edu", StringComparison.Ordinal) && ns != root && !ns.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(t => t.FullName);

        strays.Should().BeEmpty("a type's namespace says which project it lives in");
    }

    [Fact]
    public void Every_product_assembly_is_checked()
    {
        var checkedNames = Allowed.Select(row => (string)row[0]).ToHashSet();
        var product = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name!)
            .Concat(typeof(ProjectReferenceTests).Assembly.GetReferencedAssemblies().Select(a => a.Name!))
            .Where(IsOurs)
            .Distinct();

        product.Should().BeSubsetOf(checkedNames, "a new project needs its place in the reference rules");
    }

    private static IEnumerable<string> References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).Where(IsOurs);

    private static bool IsOurs(string name) => name == "edu" || name.StartsWith("Edu.", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal);
}
