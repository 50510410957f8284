namespace Edu.Analytics.Model;

public enum ProcedureKind
{
    Vpr,
    Oge,
    Ege,
}

/// <summary>An assessment procedure: ВПР · Математика · 5, ЕГЭ · Математика профильная · 11.</summary>
public readonly record struct ProcedureKey(ProcedureKind Kind, string Subject, int Grade) : IComparable<ProcedureKey>
{
    public int CompareTo(ProcedureKey other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        if (byKind != 0)
        {
            return byKind;
        }

        var bySubject = string.CompareOrdinal(Subject, other.Subject);
        return bySubject != 0 ? bySubject : Grade.CompareTo(other.Grade);
    }

    public override string ToString() => Labels.Procedure(this);
}
