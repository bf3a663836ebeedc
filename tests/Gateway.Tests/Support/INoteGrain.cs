namespace Hiring.Gateway.Tests.Support;

public interface INoteGrain : IGrainWithStringKey
{
    Task<string> Read();

    Task Write(string text);
}
