namespace Hiring.Storage;

/// <summary>
/// The data folder holds candidate PII, so it and everything in it are for the owner alone
/// (directories 0700, files 0600) whatever the process umask: modes are set when a folder or file
/// is created, and an existing folder is tightened at start. Windows keeps its inherited ACLs.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode DirectoryMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode GroupAndOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute
        | UnixFileMode.SetGroup | UnixFileMode.SetUser | UnixFileMode.StickyBit;

    /// <summary>Creates <paramref name="path"/> owner-only, and takes group and other access away from everything already in it.</summary>
    public static void SecureFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Tighten(Directory.CreateDirectory(path, DirectoryMode));
    }

    /// <summary>Creates an empty owner-only file unless it exists (SQLite then gives its WAL and SHM files the same mode).</summary>
    public static void EnsureFile(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        var options = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        try
        {
            new FileStream(path, options).Dispose();
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (a CLI command beside the server) created it first.
        }
    }

    /// <summary>Writes a whole owner-only file: created with its mode, so it is never readable by others, not even for a moment.</summary>
    public static void WriteAllText(string path, string text)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(text);
    }

    /// <summary>A secret kept in the data folder: the stored one, or a new one from <paramref name="create"/> written owner-only, so a restart keeps it.</summary>
    public static string KeptSecret(string dataDirectory, string fileName, Func<string> create)
    {
        var path = Path.Combine(dataDirectory, fileName);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } stored)
        {
            return stored;
        }

        var secret = create();
        SecureFolder(dataDirectory);
        WriteAllText(path, secret);
        return secret;
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Tighten(DirectoryInfo folder)
    {
        // Only remove group and other bits: a folder pointed at by mistake keeps its owner's access as it was.
        folder.UnixFileMode &= ~GroupAndOthers;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                Tighten(directory);
            }
            else
            {
                entry.UnixFileMode &= ~GroupAndOthers;
            }
        }
    }
}
