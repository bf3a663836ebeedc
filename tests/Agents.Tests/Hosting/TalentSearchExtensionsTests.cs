using Hiring.Agents.Hosting;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Talent;
using Hiring.Talent.Hosting;
using Hiring.Talent.Insights;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hiring.Agents.Tests.Hosting;

public sealed class TalentSearchExtensionsTests
{
    [Fact]
    public void AddTalentSearchRegistersTheIndexSearchInsightsAndTheEmbeddingWorker()
    {
        using var data = new TempDataDirectory();
        using var services = new ServiceCollection()
            .AddLogging()
            .AddTalentSearch(data.Path)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Same(services.GetRequiredService<LuceneTalentIndex>(), services.GetRequiredService<ITalentIndex>());
        Assert.NotNull(services.GetRequiredService<TalentSearch>());
        Assert.NotNull(services.GetRequiredService<TalentInsightsService>());
        Assert.NotNull(services.GetRequiredService<TalentIndexBuilder>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is ProfileEmbeddingWorker);
        Assert.Equal(Path.Combine(data.Path, "index", "public"), services.GetRequiredService<TalentIndexPaths>().IndexOf(TalentPoolScope.Public));
    }
}
