using Edu.Jobs.Inbox;
using Edu.Loading;

namespace Edu.Jobs;

/// <summary>The real loader of etl/ (SPEC §3 semantics: whole file or nothing, content-hash ledger, archive), under the file's original name.</summary>
public sealed class EtlFileLoader(Loader loader) : IFileLoader
{
    public LoadOutcome Load(string path, IProgress<LoadProgress> progress) => loader.Load(path, InboxFolders.OriginalNameOf(path), progress);
}
