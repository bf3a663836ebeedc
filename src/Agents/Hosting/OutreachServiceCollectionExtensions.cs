using Hiring.Agents.Outreach;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Conversations;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Outreach.FollowUps;
using Hiring.Agents.Outreach.Replies;
using Hiring.Agents.Outreach.Scheduling;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the outreach agent: its channels, drafts and checks, the tenants' contact ledgers, its actions (draft, send, follow up, schedule a screen, take over a conversation), its follow-ups, and the desks for candidates' replies, conversations and screen picks.</summary>
public static class OutreachServiceCollectionExtensions
{
    /// <summary>
    /// Registers the channels (<see cref="OutreachChannelsExtensions.AddOutreachChannels"/>; without a
    /// configured <c>Hiring:Outreach:Links:SigningKey</c> a key generated once is kept in
    /// <paramref name="dataDirectory"/>), the drafts and checks (AddOutreachDrafting), the ledgers over the
    /// log store, the follow-ups (<c>Hiring:Outreach:FollowUps</c>) and the draft-message, send-message,
    /// follow-up, schedule-screen and answer-how-found handlers (the last reads
    /// <see cref="Privacy.CandidateProvenance"/>, wired by AddCandidatePrivacy). Call after AddIntake and AddTalentStore.
    /// </summary>
    public static IServiceCollection AddOutreach(this IServiceCollection services, string dataDirectory, IConfiguration configuration)
    {
        services.AddOutreachChannels(configuration);
        services.PostConfigure<OutreachLinkOptions>(options =>
        {
            if (string.IsNullOrWhiteSpace(options.SigningKey))
            {
                options.SigningKey = OutreachSigningKey.Resolve(dataDirectory);
            }
        });
        services.AddOutreachDrafting();
        services.TryAddSingleton(sp => OutreachPhrases.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<ContactLedgers>();
        services.TryAddSingleton(sp => ReplyRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<ReplyClassifier>();
        services.TryAddSingleton(sp => ConversationPhrases.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<ConversationDesk>();
        services.TryAddSingleton<ConversationThreads>();
        services.TryAddSingleton<IRecruiterNotices, GrainRecruiterNotices>();
        services.TryAddSingleton<ReplyDesk>();
        services.TryAddSingleton<OutreachRecipients>();
        services.AddStepHandler<OutreachState, DraftMessageStep>();
        services.AddStepHandler<OutreachState, SendMessageStep>();
        services.AddOptions<FollowUpOptions>().Bind(configuration.GetSection(FollowUpOptions.Section));
        services.TryAddSingleton<FollowUpSchedule>();
        services.TryAddSingleton<FollowUpWriter>();
        services.TryAddSingleton<FollowUpReminder>();
        services.AddStepHandler<OutreachState, DraftFollowUpStep>();
        services.AddStepHandler<OutreachState, TakeOverConversationStep>();
        services.TryAddSingleton<HowFoundDrafter>();
        services.AddStepHandler<OutreachState, AnswerHowFoundStep>();
        services.TryAddSingleton(sp => SchedulingPhrases.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<ScreenMessages>();
        services.TryAddSingleton<ScreenDesk>();
        services.TryAddSingleton<IAvailabilityReader, SupervisorAvailabilityReader>();
        services.AddStepHandler<OutreachState, ScheduleScreenStep>();
        return services;
    }
}
