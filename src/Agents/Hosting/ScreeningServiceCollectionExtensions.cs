using Hiring.Agents.Screening;
using Hiring.Agents.Screening.Questions;
using Hiring.Agents.Screening.Summaries;
using Hiring.Agents.Screening.Transcripts;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the screening agent: its phrases, question writer, transcript summary and checks, the screening log and its two actions.</summary>
public static class ScreeningServiceCollectionExtensions
{
    /// <summary>Registers what <see cref="ScreeningAgentGrain"/> needs (the questions and the transcript summary are reasoning tasks: built-in by default). Call after AddOutreach (it finds candidates as outreach does) and AddTalentStore.</summary>
    public static IServiceCollection AddScreening(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => ScreeningPhrases.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<ScreeningCandidates>();
        services.AddReasoningTask<QuestionRequest, QuestionSet, LlmScreeningQuestionsDefinition, QuestionWriter>();
        services.TryAddSingleton<QualificationTerms>();
        services.TryAddSingleton<CandidateSpeaker>();
        services.AddReasoningTask<SummaryRequest, SummaryDraft, LlmTranscriptSummaryDefinition, TranscriptSummarizer>();
        services.TryAddSingleton<SummaryCheck>();
        services.TryAddSingleton<ScreeningRecords>();
        services.TryAddSingleton<TranscriptImporter>();
        services.TryAddSingleton<PrepareQuestionsStep>();
        services.TryAddSingleton<SummarizeTranscriptStep>();
        return services;
    }
}
