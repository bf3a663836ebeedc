namespace Hiring.Testing;

/// <summary>
/// A fresh folder under the system temp folder for one test's data (database, indexes, files),
/// deleted with everything in it when the test is done.
/// </summary>
public sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hiring-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The path of <paramref name="name"/> inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> inside the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        // Pooled SQLite connections keep the database file open until the pool lets go.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file still held by a finishing host or a finalizing reader is left for the OS temp cleaner;
            // it must not fail the test.
        }
    }
}
