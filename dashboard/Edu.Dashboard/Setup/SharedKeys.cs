using Edu.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace Edu.Dashboard.Setup;

/// <summary>
/// The keys that protect sign-in cookies and antiforgery tokens, kept in the data folder («keys/» beside the
/// database) under one application name. Several instances behind one address share that folder (SPEC §14), so a
/// user signed in on one is signed in on all and a form served by one posts to another; a restart keeps sign-ins too.
/// </summary>
public static class SharedKeys
{
    public const string FolderName = "keys";

    public static IServiceCollection AddSharedKeys(this IServiceCollection services, DatabaseOptions database)
    {
        var folder = Path.Combine(Path.GetDirectoryName(database.FullPath)!, FolderName);
        services.AddDataProtection().SetApplicationName("edu-dashboard").PersistKeysToFileSystem(new DirectoryInfo(folder));
        return services;
    }
}
