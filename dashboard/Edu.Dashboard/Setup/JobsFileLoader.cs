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
public sealed class JobsFileLoader(Database database, LoadSettings inboxSettings, MunicipalityDirectory municipalities, TimeProvider time) : IFileLoader
{
    public LoadOutcome Load(string path, IProgress<LoadProgress> progress)
    {
        var settings = InboxFolders.UploaderOf(path) is { } user
            ? new LoadSettings { Salt = inboxSettings.Salt, Limits = inboxSettings.Limits, User = user }
            : inboxSettings;
        return new Loader(database, settings, municipalities, time).Load(path, InboxFolders.OriginalNameOf(path), progress);
    }
}
