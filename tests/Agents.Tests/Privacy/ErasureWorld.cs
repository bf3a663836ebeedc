using Hiring.Contracts.Learning;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Privacy;
using Hiring.Agents.Screening;
using Hiring.Agents.Sourcing;
using Hiring.Agents.Supervisor;
using Hiring.Agents.Tests.Sourcing;
using Hiring.Agents.Tests.Support;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Screening;
using Hiring.Contracts.Talent;
using Hiring.Storage;
using Hiring.Talent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hiring.Agents.Tests.Privacy;

/// <summary>
/// Every real agent over one SQLite folder, with helpers that give a tenant's project a candidate the
/// way the product records one: pipeline, evidence with a quote, a note, the query that found them, a
/// reply, a message in their inbox and screening questions.
/// </summary>
public sealed class ErasureWorld : ClusterFixtureBase
{
    private static readonly JobSpec Spec = new("Go Developer", "go developer", "senior", ["Berlin"], RemotePolicy.Unspecified, EmploymentType.FullTime, "", []);
    private static readonly Provenance Engine = new(ReasoningEngine.BuiltIn, "test", "test", "1", ModelTier.Reasoning);

    public IServiceProvider Services => Cluster.Silos[0].ServiceProvider;

    public CandidateEraser Eraser => Services.GetRequiredService<CandidateEraser>();

    public CandidateProvenance Provenance => Services.GetRequiredService<CandidateProvenance>();

    public IProfileStore Profiles => Services.GetRequiredService<IProfileStore>();

    public static CandidateProfile Person(string id, string name, string email, TalentPoolScope scope) =>
        Hiring.Agents.Tests.Talent.ProfileBuilder.Person(id).Named(name).Headline("Backend engineer").Skills("Go").Build() with
        {
            Email = email,
            Source = scope.IsPublic ? ProfileSource.Public(ProfileOrigin.Import) with { Reference = "pool.csv row 2" } : new ProfileSource(TalentPoolKind.Private, scope.Tenant, ProfileOrigin.AtsImport, "ats.csv row 2"),
        };

    /// <summary>Stores and indexes the profiles in the scope, and waits for their vectors.</summary>
    public async Task AddToPoolAsync(TalentPoolScope scope, params CandidateProfile[] profiles)
    {
        await Profiles.UpsertAsync(scope, profiles);
        await Services.GetRequiredService<ITalentIndex>().IndexAsync(scope, profiles);
        await Services.GetRequiredService<Hiring.Talent.Search.EmbeddingQueue>().WhenDrainedAsync().WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Creates the tenant's project (owned by the recruiter "rita") with the candidates sourced by "go AND berlin" and evaluated.</summary>
    public async Task<IHiringProject> PipelineWithAsync(string tenant, string projectId, params CandidateProfile[] candidates)
    {
        using var scope = TenantScope.For(tenant);
        var key = GrainKeys.Project(tenant, projectId);
        var project = Cluster.Client.GetGrain<IHiringProject>(key);
        await project.Create(GrainKeys.Recruiter(tenant, "rita"), Spec, [Specs.Skill("q1", "go", approved: false)]);
        await project.Decide(new QualificationChange(["q1"], [], []));
        await project.AddCandidates([.. candidates.Select(c => new SourcedCandidate(c.Id, "Go"))], "assistant");
        await project.RecordEvaluations([.. candidates.Select(c => Evaluation(c.Id, $"{c.Name} led the Go migration"))]);
        await Services.GetRequiredService<SourcingHistory>().RecordFoundAsync(key, [.. candidates.Select(c => (c.Id, "go AND berlin"))]);
        return project;
    }

    /// <summary>Creates the tenant's project and records each candidate in it as sourcing, evaluation, notes, outreach and screening would.</summary>
    public async Task<IHiringProject> ProjectWithAsync(string tenant, string projectId, params CandidateProfile[] candidates)
    {
        var project = await PipelineWithAsync(tenant, projectId, candidates);
        using var scope = TenantScope.For(tenant);
        var logs = Services.GetRequiredService<ILogStore>();
        foreach (var candidate in candidates)
        {
            await project.AddNote(candidate.Id, $"{candidate.Name} sounded great", GrainKeys.Recruiter(tenant, "rita"));
            await project.RecordActions([new RecruiterAction(RecruiterActionKind.Highlighted, candidate.Id, GrainKeys.Recruiter(tenant, "rita"), ActionOrigin.Recruiter, default, Text: $"{candidate.Name} led the Go migration")]);
            await logs.AppendAsync($"contacts/{tenant}", "reply", EventJson.Serialize(new CandidateReply($"r-{candidate.Id}", $"t-{candidate.Id}", $"m-{candidate.Id}", candidate.Id, projectId, $"Hi, {candidate.Name} here, call me", ReplyKind.Interested, [], DateTimeOffset.UtcNow)));
            await Services.GetRequiredService<ICandidateInbox>().DeliverAsync(tenant, new CandidateInboxMessage($"m-{candidate.Id}", $"t-{candidate.Id}", candidate.Id, "A Go role", $"Dear {candidate.Name}, …", DateTimeOffset.UtcNow));
            await Services.GetRequiredService<ScreeningRecords>().KeepQuestionsAsync(tenant, projectId, candidate.Id, [new ScreeningQuestion("q1", "go", AssessmentVerdict.Partial, true, $"{candidate.Name}, how long have you used Go?")]);
        }

        return project;
    }

    /// <summary>Every row of the log and talent tables as text.</summary>
    public Task<IReadOnlyList<string>> StoredRowsAsync() =>
        StoredRows.ReadAsync(Services.GetRequiredService<SqliteDatabase>(), "log_entries", "talent_profiles", "talent_protected_attributes", "talent_tombstones");

    /// <summary>A person of the tenant's own pool, in a project of the tenant with everything <see cref="ProjectWithAsync"/> records.</summary>
    public async Task<(CandidateProfile Person, IHiringProject Project)> CandidateInProjectAsync(string tenant, string id, string name)
    {
        var pool = TalentPoolScope.Private(tenant);
        var person = Person(id, name, $"{id}@example.com", pool);
        await AddToPoolAsync(pool, person);
        return (person, await ProjectWithAsync(tenant, "p1", person));
    }

    /// <summary>People of the tenant's own pool, each "{id}@example.com", in the tenant's project "p1" as <see cref="PipelineWithAsync"/> puts them.</summary>
    public async Task<(CandidateProfile[] People, IHiringProject Project)> PipelineOfAsync(string tenant, params (string Id, string Name)[] people)
    {
        var pool = TalentPoolScope.Private(tenant);
        CandidateProfile[] profiles = [.. people.Select(p => Person(p.Id, p.Name, $"{p.Id}@example.com", pool))];
        await AddToPoolAsync(pool, profiles);
        return (profiles, await PipelineWithAsync(tenant, "p1", profiles));
    }

    /// <summary>Every grain state row of the tenant, its payload read as UTF-8 text.</summary>
    public IReadOnlyList<string> StatesOf(string tenant) => StoredState.Texts(DataDirectory, $"{tenant}/");

    protected override Task<InProcessTestCluster> StartClusterAsync(string dataDirectory) => RealAgentsCluster.StartAsync(dataDirectory);

    public static CandidateEvaluation Evaluation(string candidateId, string quote) =>
        new(candidateId, [new QualificationAssessment(candidateId, "q1", 1, AssessmentVerdict.Met, [new EvidenceQuote("experience", quote)], "", 5, Engine, DateTimeOffset.UtcNow)], 0.8, Recommendation.Possible, "", Engine);
}
