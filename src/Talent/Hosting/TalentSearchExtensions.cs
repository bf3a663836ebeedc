using Hiring.Reasoning.Embeddings;
using Hiring.Talent;
using Hiring.Talent.Insights;
using Hiring.Talent.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Hiring.Talent.Hosting;

/// <summary>Wires the talent index, search, insights and the background profile embedding.</summary>
public static class TalentSearchExtensions
{
    /// <summary>
    /// Registers, over the indexes under <paramref name="dataDirectory"/>: the taxonomy, the MiniLM
    /// embedder (unless one is registered), the Lucene index (also as <see cref="ITalentIndex"/>),
    /// the vector caches, <see cref="TalentSearch"/>, <see cref="TalentInsightsService"/> and the
    /// <see cref="ProfileEmbeddingWorker"/> hosted service.
    /// </summary>
    public static IServiceCollection AddTalentSearch(this IServiceCollection services, string dataDirectory)
    {
        // Composition roots overlap (the co-hosted silo and the gateway share one container); the
        // embedding worker must be registered once, or the host would start it twice.
        if (services.Any(d => d.ServiceType == typeof(ProfileEmbeddingWorker)))
        {
            return services;
        }

        services.TryAddSingleton(new TalentIndexPaths(dataDirectory));
        services.TryAddSingleton(sp => new TalentTaxonomy(
            sp.GetService<Reasoning.Understanding.Skills.SkillVocabulary>() ?? Reasoning.Understanding.Skills.SkillVocabulary.LoadDefault(),
            sp.GetService<Reasoning.Understanding.Titles.TitleVocabulary>() ?? Reasoning.Understanding.Titles.TitleVocabulary.LoadDefault()));
        services.TryAddSingleton<ITextEmbedder, MiniLmEmbedder>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TalentSearchOptions>();
        services.TryAddSingleton<InsightsOptions>();
        services.TryAddSingleton<EmbeddingQueue>();
        services.TryAddSingleton<ProfileVectorStore>();
        services.TryAddSingleton<ProfileEmbedder>();
        services.TryAddSingleton<TalentQueryCompiler>();
        services.TryAddSingleton(sp => new LuceneTalentIndex(
            sp.GetRequiredService<TalentIndexPaths>(),
            sp.GetRequiredService<TalentTaxonomy>(),
            sp.GetRequiredService<EmbeddingQueue>(),
            sp.GetRequiredService<ProfileVectorStore>()));
        services.TryAddSingleton<ITalentIndex>(sp => sp.GetRequiredService<LuceneTalentIndex>());
        services.TryAddSingleton<TalentSearch>();
        services.TryAddSingleton<TalentInsightsService>();
        services.TryAddSingleton<TalentIndexBuilder>();
        services.TryAddSingleton(new EmbeddingWorkerOptions());
        services.TryAddSingleton(sp => new ProfileEmbeddingWorker(
            sp.GetRequiredService<EmbeddingQueue>(),
            sp.GetRequiredService<ProfileEmbedder>(),
            sp.GetRequiredService<ILogger<ProfileEmbeddingWorker>>(),
            sp.GetRequiredService<EmbeddingWorkerOptions>().BackfillOnStart ? sp.GetRequiredService<LuceneTalentIndex>() : null));
        services.AddHostedService(sp => sp.GetRequiredService<ProfileEmbeddingWorker>());
        return services;
    }
}
