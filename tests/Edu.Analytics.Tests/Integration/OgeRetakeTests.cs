using Edu.Analytics.Methods;
using Edu.Analytics.Model;
using Edu.Analytics.Storage;
using Edu.Loading;
using Edu.Storage;

namespace Edu.Analytics.Tests.Integration;

/// <summary>A participant who sits the same ОГЭ subject again in a year counts once, by the last attempt.</summary>
public class OgeRetakeTests
{
    private const string Insert = """
        INSERT INTO oge_results (year, subject, exam_date, login, class_label, participant_key, primary_score, mark, load_id)
        VALUES (2024, 'Математика', $p0, 'sch470001', '9А', $p1, $p2, $p3, $p4)
        """;

    [Fact]
    public void ARetakeReplacesTheEarlierAttemptAndAnUndatedProtocolCountsAsEarliest()
    {
        var directory = Directory.CreateTempSubdirectory("edu-retake-").FullName;
        try
        {
            using var connection = new Database(Path.Combine(directory, "analytics.duckdb"), Schema.Of(LoadingSchema.Migrations, AnalyticsSchema.Migrations)).Open();
            var main = new DateTime(2024, 5, 20);
            var reserve = new DateTime(2024, 6, 25);

            // Main day: p1–p3 get «2» (score 5), p4–p10 get «4» (score 20).
            for (var p = 1; p <= 10; p++)
            {
                connection.Execute(Insert, main, $"p{p}", p <= 3 ? 5.0 : 20.0, p <= 3 ? 2 : 4, 1L);
            }

            // Reserve day: p1–p3 retake with «3» (score 12); p11 sits only then, «5» (score 28).
            for (var p = 1; p <= 3; p++)
            {
                connection.Execute(Insert, reserve, $"p{p}", 12.0, 3, 2L);
            }

            connection.Execute(Insert, reserve, "p11", 28.0, 5, 2L);

            // An undated protocol loaded later still counts as earlier than any dated one: p4's «4» stands.
            connection.Execute(Insert, null, "p4", 0.0, 2, 3L);

            var input = AnalyticsInputReader.Read(connection, new List<string>());
            var result = ProcedureResults.Compute(input.Works, [], [], new AnalyticsOptions()).Single();

            // Last attempts: p1–p3 «3»/12, p4–p10 «4»/20, p11 «5»/28 → 11 participants, no «2»;
            // mean mark (3·3 + 7·4 + 5)/11 = 42/11; mean primary score (3·12 + 7·20 + 28)/11 = 204/11.
            result.Participants.Should().Be(11);
            result.Marks.Should().Be(new MarkCounts(0, 3, 7, 1));
            result.LowSharePct.Should().Be(0);
            result.Mean.Should().BeApproximately(42.0 / 11, 1e-12);
            result.MeanPrimaryScore.Should().BeApproximately(204.0 / 11, 1e-12);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
