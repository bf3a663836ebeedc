using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Planning.Dialogue;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Understanding.Places;
using Hiring.Reasoning.Understanding.Requests;
using Hiring.Reasoning.Understanding.Skills;
using Hiring.Reasoning.Understanding.Titles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the built-in engine's understanding: titles, skills, places, the role reader and the dialogue rules.</summary>
public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the vocabularies (from the prompts library), the gazetteer, <see cref="RoleRequestReader"/>
    /// and the dialogue rules. Titles the vocabulary lacks are matched to the nearest title by MiniLM
    /// with the committed vectors (recomputed into <paramref name="cacheFolder"/> when the vocabulary was edited).
    /// </summary>
    public static IServiceCollection AddUnderstanding(this IServiceCollection services, string? cacheFolder = null)
    {
        services.TryAddSingleton(sp => TitleVocabulary.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => TitleHeads.Load(sp.GetRequiredService<PromptLibrary>(), sp.GetRequiredService<TitleVocabulary>().SeniorityWords));
        services.TryAddSingleton(sp => NearestTitle.Create(sp.GetRequiredService<TitleVocabulary>(), sp.GetRequiredService<ITextEmbedder>(), sp.GetRequiredService<PromptLibrary>(), cacheFolder));
        services.TryAddSingleton(sp => SkillVocabulary.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<SkillSpelling>();
        services.TryAddSingleton(sp => TechnicalTerms.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => Gazetteer.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<PlaceReader>();
        services.TryAddSingleton<PlaceMatcher>();
        services.TryAddSingleton(sp => RequestWords.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<TitleReader>();
        services.TryAddSingleton<RequestSpelling>();
        services.TryAddSingleton<RequirementListReader>();
        services.TryAddSingleton<RoleRequestReader>();
        services.TryAddSingleton(sp => DialogueRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<DialogueResolver>();
        return services;
    }
}
