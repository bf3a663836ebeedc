using Hiring.Gateway.Tests.Support;
using Hiring.Storage;

namespace Hiring.Gateway.Tests.Hosting;

public sealed class DataFolderModeTests
{
    private const UnixFileMode GroupAndOthers =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task TheDataFolderAndEverythingInItAreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows has ACLs, not modes; the folder inherits its parent's.
        }

        using var data = new TempDataDirectory();
        // What an earlier version left behind: readable by everyone. Not a Lucene file: a broken index
        // would stop the host on its own, which is not what this test is about.
        var old = Path.Combine(data.Path, "cache", "earlier");
        Directory.CreateDirectory(old);
        File.WriteAllText(Path.Combine(old, "leftover"), "x");
        File.SetUnixFileMode(data.Path, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(old, (UnixFileMode)0b111_101_101);
        File.SetUnixFileMode(Path.Combine(old, "leftover"), (UnixFileMode)0b110_100_100);

        await using var gateway = await RunningGateway.StartAsync(data.Path);

        Assert.Equal(OwnerOnly.DirectoryMode, File.GetUnixFileMode(data.Path));
        foreach (var name in new[] { StorageNames.DatabaseFileName, "demo-api-key" })
        {
            Assert.Equal((name, OwnerOnly.FileMode), (name, File.GetUnixFileMode(Path.Combine(data.Path, name))));
        }

        // SQLite removes -wal and -shm when its last connection closes, so they are checked with
        // everything else while they exist, and a file that vanishes between listing and reading is skipped.
        var open = new List<string>();
        foreach (var path in Directory.EnumerateFileSystemEntries(data.Path, "*", SearchOption.AllDirectories))
        {
            UnixFileMode mode;
            try
            {
                mode = File.GetUnixFileMode(path);
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                continue;
            }

            if ((mode & GroupAndOthers) != 0)
            {
                open.Add($"{Path.GetRelativePath(data.Path, path)} {mode}");
            }
        }

        Assert.Empty(open);
    }
}
