using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using static Edu.Analytics.Tests.TestData;

namespace Edu.Analytics.Tests;

public class ShnorTests
{
    private const string School = "sch470001";

    private static IReadOnlyList<ShnorEntry> Run(params MarkShares[] rows) =>
        Shnor.Compute(ProcedureResults.Compute([], rows, [], Options), Options);

    [Fact]
    public void GroundAOnlyGivesRiskGroup()
    {
        // 2024: two procedures at 30% and 45% (both ≥ 30%); 2023: nothing low.
        var entries = Run(
            LowShare(2023, School, Math5, 10),
            LowShare(2024, School, Math5, 30),
            LowShare(2024, School, Russian5, 45));

        var entry = entries.Should().ContainSingle().Subject;
        entry.Should().BeEquivalentTo(new { Year = 2024, GroundA = true, GroundB = false, Status = ShnorStatus.RiskGroup });
        entry.StatusLabel.Should().Be("группа риска");
        entry.Procedures.Should().Equal(Math5, Russian5);
    }

    [Fact]
    public void GroundBOnlyGivesRiskGroupAndNamesTheRepeatedProcedure()
    {
        // Математика 5 low in 2023 (35%) and 2024 (31%); only one low procedure in 2024, so no ground A.
        var entries = Run(
            LowShare(2023, School, Math5, 35),
            LowShare(2024, School, Math5, 31),
            LowShare(2024, School, Russian5, 10));

        var entry = entries.Should().ContainSingle().Subject;
        entry.Should().BeEquivalentTo(new { Year = 2024, GroundA = false, GroundB = true, Status = ShnorStatus.RiskGroup });
        entry.Procedures.Should().Equal(Math5);
    }

    [Fact]
    public void BothGroundsGiveShnorAndCountConsecutiveListedYears()
    {
        // 2023: two low procedures → ground A only (no 2022) → группа риска.
        // 2024: the same two low again → A and B → «ШНОР», listed 2 years in a row.
        var entries = Run(
            LowShare(2023, School, Math5, 40),
            LowShare(2023, School, Russian5, 40),
            LowShare(2024, School, Math5, 40),
            LowShare(2024, School, Russian5, 30));

        entries.Should().HaveCount(2);
        entries[0].Status.Should().Be(ShnorStatus.RiskGroup);
        var shnor = entries[1];
        shnor.Should().BeEquivalentTo(new { Year = 2024, GroundA = true, GroundB = true, Status = ShnorStatus.Shnor, YearsListed = 2 });
        shnor.StatusLabel.Should().Be("ШНОР");
    }

    [Fact]
    public void OneLowProcedureInOneYearIsNotListedAndJustBelowThresholdIsNotLow()
    {
        var entries = Run(
            LowShare(2023, School, Math5, 29.9),
            LowShare(2024, School, Math5, 50),
            LowShare(2024, School, Russian5, 29.9));

        entries.Should().BeEmpty();
    }

    [Fact]
    public void ProceduresWithTooFewParticipantsTakePartInNoGround()
    {
        // Русский язык has 9 participants: its 60% does not count, so only one low procedure in 2024 and none in 2023.
        var entries = Run(
            LowShare(2023, School, Math5, 60, participants: 9),
            LowShare(2024, School, Math5, 60, participants: 10),
            LowShare(2024, School, Russian5, 60, participants: 9));

        entries.Should().BeEmpty();
    }

    [Fact]
    public void GroundBNeedsTheSameProcedureNotJustAnyLowOneLastYear()
    {
        // Low 2023: Русский; low 2024: Математика only → neither ground.
        var entries = Run(
            LowShare(2023, School, Russian5, 50),
            LowShare(2024, School, Math5, 50),
            LowShare(2024, School, Russian5, 10));

        entries.Should().BeEmpty();
    }
}
