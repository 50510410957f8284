using Edu.Etl.Headers;
using Edu.Etl.Kinds.Context;
using Edu.Etl.Kinds.Coverage;
using Edu.Etl.Kinds.Ege;
using Edu.Etl.Kinds.Oge;
using Edu.Etl.Kinds.Schools;
using Edu.Etl.Kinds.Targets;
using Edu.Etl.Kinds.VprIndividual;
using Edu.Etl.Kinds.VprMarks;

namespace Edu.Etl.Loading;

internal static class KindLoaders
{
    public static KindLoader Create(FileKind kind, LoadContext context) => kind switch
    {
        FileKind.Schools => new SchoolsLoader(context),
        FileKind.Context => new ContextLoader(context),
        FileKind.VprIndividual => new VprIndividualLoader(context),
        FileKind.VprMarks => new VprMarksLoader(context),
        FileKind.Oge => new OgeLoader(context),
        FileKind.Ege => new EgeLoader(context),
        FileKind.Coverage => new CoverageLoader(context),
        FileKind.Targets => new TargetsLoader(context),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
