using System.Net;
using System.Net.Http.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Gateway.Outreach;
using Hiring.Gateway.Tests.Support;
using Hiring.Talent;

namespace Hiring.Gateway.Tests.Outreach;

/// <summary>The inbound reply webhook over real HTTP against the product host: a mailed reply reaches the thread its address names, and nothing else gets in.</summary>
public sealed class InboundReplyTests : IAsyncLifetime
{
    private const string Tenant = "acme";
    private const string ProjectId = "inbound-backend";
    private const string Secret = "provider-shared-secret";
    private static readonly string Owner = GrainKeys.Recruiter(Tenant, "ana");

    private readonly TempDataDirectory _data = new();
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync(_data.Path, new Dictionary<string, string?> { [$"{InboundReplyOptions.Section}:Secret"] = Secret });
        using var tenant = TenantScope.For(Tenant);
        var spec = new JobSpec("Backend Engineer", "backend engineer", "senior", ["Berlin"], RemotePolicy.Remote, EmploymentType.FullTime, "Builds the API.",
            [new FaqEntry("Can I work remotely?", "Yes: the team works remotely across Europe.")]);
        await _gateway.Grains.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, ProjectId)).Create(Owner, spec, []);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task AMailedReplyToTheReplyAddressIsRecordedClassifiedAndToldToTheRecruiterOnce()
    {
        var message = await SentAsync("cand-in-1");
        var address = $"Acme Recruiting <jobs+{Links.ReplyToken(Tenant, message.Id)}@acme.example>";
        var post = new InboundReplyPost("<abc@mail.example>", address, null, "Thanks! Can I work remotely?");

        using var first = await PostAsync(post, Secret);
        using var again = await PostAsync(post, Secret);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        var reply = Assert.Single((await Ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
        Assert.Equal((ReplyKind.Question, "Thanks! Can I work remotely?"), (reply.Kind, reply.Text));
        await Wait.UntilAsync(
            async () =>
            {
                using var tenant = TenantScope.For(Tenant);
                var events = await _gateway.Grains.GetGrain<IRecruiterSupervisor>(Owner).EventsAfter(0, 100);
                return events.Any(e => e.Kind == AssistantEventKind.CandidateQuestionAnswered && e.Text.Contains("works remotely across Europe", StringComparison.Ordinal));
            },
            TimeSpan.FromSeconds(30),
            "the FAQ's answer in the recruiter's stream");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("provider-shared-secreT")]
    [InlineData("provider-shared-secret-and-more")]
    public async Task AMissingOrWrongSecretIsUnauthorizedAndRecordsNothing(string? secret)
    {
        var message = await SentAsync("cand-in-2");

        using var response = await PostAsync(new InboundReplyPost("<x@mail.example>", null, Links.ReplyToken(Tenant, message.Id), "Yes, interested!"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty((await Ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
    }

    [Fact]
    public async Task ATokenThatNamesNoThreadOfItsTenantIsNotFoundAlikeAndRecordsNothing()
    {
        var message = await SentAsync("cand-in-3");
        var good = Links.ReplyToken(Tenant, message.Id);
        string[] tokens = [Links.ReplyToken("globex", message.Id), Links.ReplyToken(Tenant, "m-000000000000000000000000"), good[..^1] + (good[^1] == '0' ? '1' : '0'), "nonsense"];

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var token in tokens)
        {
            using var response = await PostAsync(new InboundReplyPost(null, null, token, "Yes, interested!"), Secret);
            answers.Add((response.StatusCode, (await response.Content.ReadFromJsonAsync<ProblemBody>())!.Detail));
        }

        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal(HttpStatusCode.NotFound, answers[0].Item1);
        Assert.Empty((await Ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
    }

    [Fact]
    public async Task AHugeBodyIsRefusedAndRecordsNothing()
    {
        var message = await SentAsync("cand-in-4");

        using var response = await PostAsync(new InboundReplyPost(null, null, Links.ReplyToken(Tenant, message.Id), new string('a', InboundReplies.MaxBodyBytes)), Secret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty((await Ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
    }

    private ContactLedgers Ledgers => _gateway.App.Services.GetRequiredService<ContactLedgers>();

    private LinkSigner Links => _gateway.App.Services.GetRequiredService<LinkSigner>();

    private async Task<HttpResponseMessage> PostAsync(InboundReplyPost post, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, InboundReplies.Path) { Content = JsonContent.Create(post) };
        if (secret is not null)
        {
            request.Headers.Add(InboundReplies.SecretHeader, secret);
        }

        return await _gateway.Http.SendAsync(request);
    }

    /// <summary>A first message to a new candidate of the project, sent through the ledger on the built-in channel.</summary>
    private async Task<ContactMessage> SentAsync(string candidateId)
    {
        var profile = new CandidateProfile(
            candidateId, "Ada Lovelace", "Backend engineer", new Location("Berlin", "", "DE"), [], [], ["Go"], OpenToWork: true,
            LastActive: DateTimeOffset.UtcNow, ProfileSource.Public(), DateTimeOffset.UtcNow);
        await _gateway.App.Services.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, [profile]);
        var sent = await Ledgers.SenderFor(await Ledgers.OpenAsync(Tenant)).SendAsync(new OutreachSend(
            $"inbound-{candidateId}", candidateId, ProjectId, ContactKind.FirstOutreach, OutreachChannelNames.BuiltIn, "A backend role", "Hi Ada, your Go work caught my eye."));
        return sent.Message!;
    }

    private sealed record ProblemBody(string Detail);
}
