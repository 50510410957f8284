namespace Edu.Generation;

/// <summary>The six context shares of SPEC §3, in the column order of the context file.</summary>
internal static class ContextShare
{
    public const int LowIncome = 0;
    public const int Disability = 1;
    public const int NonNative = 2;
    public const int ParentsHigherEducation = 3;
    public const int SingleParent = 4;
    public const int Staffing = 5;

    public const int Count = 6;

    /// <summary>+1 where a higher share means a better context, as the context index signs them.</summary>
    public static readonly int[] Sign = [-1, -1, -1, +1, -1, +1];
}
