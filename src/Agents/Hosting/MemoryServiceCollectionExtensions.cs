using Hiring.Agents.Memory;
using Hiring.Agents.Supervisor;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the recruiter's memory: its rules, the readers of statements, questions and requests to forget, and its three actions.</summary>
public static class MemoryServiceCollectionExtensions
{
    /// <summary>Registers what <see cref="CognitiveMemoryGrain"/>, <see cref="RecruiterMemoryGrain"/> and the supervisor's memory plan and episodes need. Call after AddHiringReasoning (it embeds with MiniLM).</summary>
    public static IServiceCollection AddMemory(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => MemoryRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp =>
        {
            var rules = sp.GetRequiredService<MemoryRules>();
            return new MemoryWords(rules.CommonWords, rules.Synonyms, rules.Kinds, rules.Glosses);
        });
        services.TryAddSingleton<MemoryStatementReader>();
        services.TryAddSingleton<ProtectedNotes>();
        services.TryAddSingleton(sp => new TimePhraseReader(TimePhrases.Load(sp.GetRequiredService<PromptLibrary>())));
        services.TryAddSingleton<MemoryQuestionReader>();
        services.TryAddSingleton<ForgetRequestReader>();
        services.TryAddSingleton<MemoryLines>();
        services.TryAddSingleton<MemoryQuestionRoute>();
        services.TryAddSingleton<MemoryPlan>();
        services.TryAddSingleton<EpisodeSummary>();
        services.TryAddSingleton<RememberStep>();
        services.TryAddSingleton<RecallStep>();
        services.TryAddSingleton<ForgetStep>();
        return services;
    }
}
