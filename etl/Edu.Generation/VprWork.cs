namespace Edu.Generation;

/// <summary>One participant's ВПР work. Reused between participants to keep big runs allocation-free.</summary>
internal sealed class VprWork(int taskCount)
{
    /// <summary>Score per task; -1 means «X», not attempted.</summary>
    public int[] Scores { get; } = new int[taskCount];

    public int ParticipantCode { get; set; }

    public string ClassName { get; set; } = "";

    public int Variant { get; set; }

    public int Primary { get; set; }

    public int Mark { get; set; }

    /// <summary>Null for «нет отметки».</summary>
    public int? Journal { get; set; }
}
