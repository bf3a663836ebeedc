using Hiring.Agents.Outreach;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Scheduling;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Tests.Outreach.Agent;
using Hiring.Agents.Tests.Outreach.Channels;
using Hiring.Agents.Tests.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Scheduling;
using Hiring.Contracts.Talent;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;

namespace Hiring.Agents.Tests.Outreach.Scheduling;

/// <summary>
/// Scheduling without a cluster: the repository's prompts, a project in memory, profiles, the contact
/// log, the screen book and the candidates' inboxes in a test's own SQLite file, and the recruiter's
/// availability as the supervisor would return it. The clock starts on Tuesday 1 December 2026, 09:00 UTC.
/// </summary>
internal sealed class SchedulingHarness : IDisposable, IAvailabilityReader
{
    public const string Tenant = OutreachAgentHarness.Tenant;
    public const string ProjectId = OutreachAgentHarness.ProjectId;
    public const string Recruiter = OutreachAgentHarness.Recruiter;

    private static readonly Lazy<SchedulingPhrases> SharedPhrases = new(() => SchedulingPhrases.Load(PolicyResources.Prompts));
    private readonly ContactStore _store = new();
    private readonly SqliteProfileStore _profiles;
    private int _steps;

    public SchedulingHarness()
    {
        Log = _store.Open();
        Inbox = new LogCandidateInbox(Log);
        _profiles = new SqliteProfileStore(new ProfileStoreInitializer(_store.Database()));
        Ledgers = new ContactLedgers(Log, _store.Time, [new BuiltInChannel(Inbox, _store.Time)], new ProfileAddressBook(_profiles), TestLinks.Signer(_store.Time));
        Project = new FakeProject(Jobs.Backend, Jobs.BackendQualifications);
        var messages = new ScreenMessages(Ledgers, Phrases);
        Desk = new ScreenDesk(Ledgers, Log, messages, new ProfileAddressBook(_profiles), Phrases, _store.Time);
        Schedule = new ScheduleScreenStep(new OutreachRecipients(_profiles, OutreachAgentHarness.Phrases), Ledgers, Desk, messages, this, Phrases, _store.Time);
    }

    public static SchedulingPhrases Phrases => SharedPhrases.Value;

    /// <summary>Tuesdays and Thursdays 14:00-17:00 in Berlin.</summary>
    public static RecruiterAvailability Berlin { get; } = new(
        "Europe/Berlin",
        [new AvailabilityWindow(DayOfWeek.Tuesday, new TimeOnly(14, 0), new TimeOnly(17, 0)), new AvailabilityWindow(DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(17, 0))],
        []);

    public ILogStore Log { get; }

    public LogCandidateInbox Inbox { get; }

    public ContactLedgers Ledgers { get; }

    public FakeProject Project { get; }

    public ScreenDesk Desk { get; }

    public ScheduleScreenStep Schedule { get; }

    public FakeTimeProvider Time => _store.Time;

    public RecruiterAvailability? Availability { get; set; } = Berlin;

    public OutreachState State { get; } = new();

    public Task<RecruiterAvailability?> ReadAsync(string recruiter) => Task.FromResult(recruiter == Recruiter ? Availability : null);

    /// <summary>Puts the profiles in the public pool and their people in the pipeline with the scores given.</summary>
    public async Task InPipelineAsync(params (CandidateProfile Profile, double Score)[] candidates)
    {
        await _profiles.UpsertAsync(TalentPoolScope.Public, [.. candidates.Select(c => c.Profile)]);
        foreach (var (profile, score) in candidates)
        {
            Project.Put(profile.Id, PipelineStage.Contacted, score);
        }
    }

    /// <summary>Runs schedule-screen on the recruiter's words, with the candidate the planner read in them.</summary>
    public Task<StepOutcome> ScheduleAsync(string request, string? candidate = null, string? key = null)
    {
        var command = new StepCommand(
            key ?? $"{Recruiter}/m1/Outreach.{PlanActions.ScheduleScreen}/{++_steps}", Recruiter, ProjectId, PlanActions.ScheduleScreen,
            new Dictionary<string, string> { [StepValueNames.Request] = request }, RequestSlots.Empty with { Candidate = candidate });
        return ((IStepHandler<OutreachState>)Schedule).RunAsync(new StepContext<OutreachState>($"{Tenant}/{ProjectId}", command, State, Project), CancellationToken.None);
    }

    public Task<ScreenBook> BookAsync() => Desk.OpenAsync(Tenant);

    public Task<ContactLedger> LedgerAsync() => Ledgers.OpenAsync(Tenant);

    /// <summary>The candidate's messages about the project, as their page shows them.</summary>
    public Task<IReadOnlyList<CandidateInboxMessage>> InboxOfAsync(string candidateId) => Inbox.ReadThreadAsync(Tenant, ContactIds.Thread(ProjectId, candidateId));

    /// <summary>The latest message the ledger sent to the candidate (the one a page link names).</summary>
    public async Task<ContactMessage> LastMessageToAsync(string candidateId) =>
        (await LedgerAsync()).Index.Thread(ContactIds.Thread(ProjectId, candidateId))[^1];

    public void Dispose() => _store.Dispose();
}
