namespace Hiring.Agents.Tests.Talent.Search;

/// <summary>The sample pool indexed once for every read-only test of a class.</summary>
public sealed class SamplePoolFixture : IAsyncLifetime
{
    internal SearchHarness Harness { get; } = new();

    public Task InitializeAsync() => Harness.AddPublicAsync(SamplePool.All);

    public Task DisposeAsync()
    {
        Harness.Dispose();
        return Task.CompletedTask;
    }
}
