namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>A data folder of its own for one test, deleted afterwards.</summary>
internal sealed class TemporaryDataDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("hiring-search-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by a finalizing reader; the temp folder is cleaned by the OS.
        }
    }
}
