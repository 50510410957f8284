using Edu.Loading;
using Edu.Reference;
using Edu.Storage;
using Edu.Jobs;
using Edu.Jobs.Inbox;

namespace Edu.Dashboard.Setup;

/// <summary>
/// The real loader for the writer queue, recording the uploader's login (kept beside an uploaded file by
/// <see cref="JobsClient.Submit"/>) as who loaded it, or <see cref="JobsSetup.InboxUser"/> for inbox files.
/// </summary>
public sealed class JobsFileLoader(Database database, LoaderOptions inboxOptions, MunicipalityDirectory municipalities, TimeProvider time) : IFileLoader
{
    public LoadOutcome Load(string path, IProgress<LoadProgress> progress)
    {
        var options = InboxFolders.UploaderOf(path) is { } user
            ? new LoaderOptions { Salt = inboxOptions.Salt, Limits = inboxOptions.Limits, User = user }
            : inboxOptions;
        return new Loader(database, options, municipalities, time).Load(path, progress);
    }
}
