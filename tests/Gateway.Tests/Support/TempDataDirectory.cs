namespace Hiring.Gateway.Tests.Support;

public sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hiring-gateway-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleanup when a host still holds a file.
        }
    }
}
