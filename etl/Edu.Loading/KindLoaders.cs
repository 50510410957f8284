using Edu.Loading.Headers;
using Edu.Loading.Kinds.Context;
using Edu.Loading.Kinds.Coverage;
using Edu.Loading.Kinds.Decisions;
using Edu.Loading.Kinds.Ege;
using Edu.Loading.Kinds.IndicatorValues;
using Edu.Loading.Kinds.Oge;
using Edu.Loading.Kinds.Rosters;
using Edu.Loading.Kinds.Schools;
using Edu.Loading.Kinds.SelfDiagnostics;
using Edu.Loading.Kinds.SelfDiagnosticsCriteria;
using Edu.Loading.Kinds.Targets;
using Edu.Loading.Kinds.VprIndividual;
using Edu.Loading.Kinds.VprMarks;
using Edu.Loading.Kinds.VprTasks;

namespace Edu.Loading;

internal static class KindLoaders
{
    public static KindLoader Create(FileKind kind, LoadContext context) => kind switch
    {
        FileKind.Schools => new SchoolsLoader(context),
        FileKind.Context => new ContextLoader(context),
        FileKind.VprIndividual => new VprIndividualLoader(context),
        FileKind.VprTasks => new VprTasksLoader(context),
        FileKind.VprMarks => new VprMarksLoader(context),
        FileKind.Oge => new OgeLoader(context),
        FileKind.Ege => new EgeLoader(context),
        FileKind.Coverage => new CoverageLoader(context),
        FileKind.Targets => new TargetsLoader(context),
        FileKind.IndicatorValues => new IndicatorValuesLoader(context),
        FileKind.Rosters => new RostersLoader(context),
        FileKind.Decisions => new DecisionsLoader(context),
        FileKind.SelfDiagnostics => new SelfDiagnosticsLoader(context),
        FileKind.SelfDiagnosticsCriteria => new SelfDiagnosticsCriteriaLoader(context),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
