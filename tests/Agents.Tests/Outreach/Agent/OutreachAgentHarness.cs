using Hiring.Agents.Outreach;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.FollowUps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Tests.Outreach.Channels;
using Hiring.Agents.Tests.Outreach.Contacts;
using Hiring.Agents.Tests.Outreach.Drafting.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Storage;
using Hiring.Talent;
using Hiring.Talent.Store;
using Microsoft.Extensions.Options;

namespace Hiring.Agents.Tests.Outreach.Agent;

/// <summary>
/// The outreach agent's two handlers without a cluster: the repository's prompts, a project in memory,
/// profiles, the contact log and the candidates' inboxes in a test's own SQLite file.
/// </summary>
internal sealed class OutreachAgentHarness : IDisposable
{
    public const string Tenant = "acme";
    public const string ProjectId = "ana.p1";
    public const string Recruiter = "acme/ana";

    private static readonly Lazy<OutreachPhrases> SharedPhrases = new(() => OutreachPhrases.Load(PolicyResources.Prompts));
    private readonly ContactStore _store = new();
    private readonly SqliteProfileStore _profiles;
    private readonly ContactLedgers _ledgers;
    private int _steps;

    public OutreachAgentHarness(JobSpec spec, IReadOnlyList<Qualification> qualifications)
    {
        Log = _store.Open();
        Inbox = new LogCandidateInbox(Log);
        _profiles = new SqliteProfileStore(new ProfileStoreInitializer(_store.Database()));
        _ledgers = new ContactLedgers(Log, _store.Time, [new BuiltInChannel(Inbox, _store.Time)], new ProfileAddressBook(_profiles), TestLinks.Signer(_store.Time));
        Project = new FakeProject(spec, qualifications);
        Draft = new DraftMessageStep(new OutreachRecipients(_profiles, Phrases), DraftingHarness.Composer, DraftingHarness.Checker, _ledgers, Phrases, _store.Time);
        Send = new SendMessageStep(_profiles, DraftingHarness.Checker, _ledgers, new FollowUpSchedule(Options.Create(FollowUpOptions)), Phrases);
        FollowUp = new DraftFollowUpStep(_profiles, new FollowUpWriter(DraftingHarness.Composer, DraftingHarness.Checker, DraftingHarness.Templates), _ledgers, Phrases, _store.Time);
        Reminder = new FollowUpReminder(_ledgers, new ProfileAddressBook(_profiles), Phrases, Options.Create(FollowUpOptions));
    }

    public static OutreachPhrases Phrases => SharedPhrases.Value;

    public ILogStore Log { get; }

    public IProfileStore Profiles => _profiles;

    public ContactLedgers Ledgers => _ledgers;

    public LogCandidateInbox Inbox { get; }

    public FakeProject Project { get; }

    public OutreachState State { get; } = new();

    public DraftMessageStep Draft { get; }

    public SendMessageStep Send { get; }

    public DraftFollowUpStep FollowUp { get; }

    public FollowUpReminder Reminder { get; }

    /// <summary>Follow-ups fall due after the default three days.</summary>
    public FollowUpOptions FollowUpOptions { get; } = new();

    /// <summary>The test's clock (the ledger's, the inbox's and the drafts').</summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Time => _store.Time;

    /// <summary>Puts the profiles in the public pool and their people in the pipeline with the scores given.</summary>
    public async Task InPipelineAsync(params (CandidateProfile Profile, double Score)[] candidates)
    {
        await _profiles.UpsertAsync(TalentPoolScope.Public, [.. candidates.Select(c => c.Profile)]);
        foreach (var (profile, score) in candidates)
        {
            Project.Put(profile.Id, PipelineStage.Shortlisted, score);
        }
    }

    public Task<ContactLedger> LedgerAsync() => _ledgers.OpenAsync(Tenant);

    /// <summary>A command as the supervisor hands it; a new key unless one is given.</summary>
    public StepCommand Command(string action, IReadOnlyDictionary<string, string> inputs, string? key = null, RequestSlots? slots = null) =>
        new(key ?? $"{Recruiter}/m1/Outreach.{action}/{++_steps}", Recruiter, ProjectId, action, inputs, slots ?? RequestSlots.Empty);

    public Task<StepOutcome> RunAsync(IStepHandler<OutreachState> handler, StepCommand command) =>
        handler.RunAsync(new StepContext<OutreachState>($"{Tenant}/{ProjectId}", command, State, Project), CancellationToken.None);

    public void Dispose() => _store.Dispose();
}
