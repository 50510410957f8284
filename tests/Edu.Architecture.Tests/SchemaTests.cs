using Edu.Analytics.Storage;
using Edu.Dashboard.Data;
using Edu.Loading;
using Edu.Storage;

namespace Edu.Architecture.Tests;

/// <summary>Each part owns the migrations of the tables it writes; together they are one numbered sequence.</summary>
public sealed class SchemaTests
{
    [Fact]
    public void The_parts_migrations_together_are_numbered_one_to_n_without_gaps()
    {
        var all = Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations, DashboardSchema.Migrations).Migrations;

        all.Select(m => m.Version).Should().Equal(Enumerable.Range(1, all.Count), "versions are one sequence across the parts");
        LoadingSchema.Migrations.Should().NotBeEmpty().And.OnlyContain(m => m.Owner == "Edu.Loading");
        AnalyticsSchema.Migrations.Should().NotBeEmpty().And.OnlyContain(m => m.Owner == "Edu.Analytics");
        DashboardSchema.Migrations.Should().NotBeEmpty().And.OnlyContain(m => m.Owner == "Edu.Dashboard");
    }

    [Fact]
    public void Two_parts_claiming_one_version_number_are_refused()
    {
        var clash = new Migration(1, "0001_other.sql", "Edu.Analytics", () => "");

        var compose = () => Schema.Of(LoadingSchema.Migrations, [clash]);

        compose.Should().Throw<InvalidOperationException>().WithMessage("Migrations share version 1: Edu.Loading/0001_*, Edu.Analytics/0001_other.sql.");
    }
}
