using System.Net;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Gateway.Tests.Support;
using Hiring.Talent;

namespace Hiring.Gateway.Tests.Candidates;

/// <summary>The candidate page over real HTTP against the product host: the thread of a signed link, a reply answered from the FAQ, and links that do not work.</summary>
public sealed class CandidatePageTests : IAsyncLifetime
{
    private const string Tenant = "acme";
    private const string ProjectId = "page-backend";
    private static readonly string Owner = GrainKeys.Recruiter(Tenant, "ana");
    private static readonly FaqEntry[] Faq =
    [
        new("Can I work remotely?", "Yes: the team works remotely across Europe, with a week together each quarter."),
        new("What is the salary range?", "EUR 85,000 to 105,000, plus equity."),
    ];

    private readonly TempDataDirectory _data = new();
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync(_data.Path);
        using var tenant = TenantScope.For(Tenant);
        var spec = new JobSpec("Backend Engineer", "backend engineer", "senior", ["Berlin"], RemotePolicy.Remote, EmploymentType.FullTime, "Builds the API.", Faq);
        await _gateway.Grains.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, ProjectId)).Create(Owner, spec, []);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task TheCandidateReadsTheMessageAsksAQuestionAndSeesTheFaqsAnswer()
    {
        var (link, message) = await SendAsync("cand-page-1", "Ada <Lovelace>");

        using var page = await _gateway.Http.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("your Go work caught my eye", html, StringComparison.Ordinal);
        var token = FormToken(html);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["reply"] = "Thanks! Is it possible to work from home? <script>alert(1)</script>" });
        using var replied = await _gateway.Http.PostAsync(link, form);
        var after = await replied.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(Faq[0].Answer), after, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", after, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", after, StringComparison.Ordinal);

        using var twice = await _gateway.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["reply"] = "Thanks! Is it possible to work from home? <script>alert(1)</script>" }));
        var ledger = await Ledgers.OpenAsync(Tenant);
        Assert.Single(ledger.Index.Replies(message.ThreadId));

        var events = await EventsAsync(e => e.Kind == AssistantEventKind.CandidateQuestionAnswered);
        Assert.Contains(events, e => e.Kind == AssistantEventKind.CandidateReplied && e.Text.Contains("Is it possible to work from home?", StringComparison.Ordinal));
        Assert.Contains(Faq[0].Answer, Assert.Single(events, e => e.Kind == AssistantEventKind.CandidateQuestionAnswered).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionTheFaqDoesNotCoverTellsTheCandidateTheRecruiterWillAnswerAndTellsTheRecruiter()
    {
        var (link, _) = await SendAsync("cand-page-4", "Katherine Johnson");
        var token = FormToken(await _gateway.Http.GetStringAsync(link));

        using var replied = await _gateway.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["reply"] = "Do you sponsor visas for people moving from outside the EU?" }));
        var after = await replied.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, replied.StatusCode);
        Assert.Contains("ask the recruiter", WebUtility.HtmlDecode(after), StringComparison.Ordinal);
        Assert.DoesNotContain(Faq, f => after.Contains(WebUtility.HtmlEncode(f.Answer), StringComparison.Ordinal));
        var events = await EventsAsync(e => e.Kind == AssistantEventKind.CandidateQuestionForRecruiter && e.Text.Contains("sponsor visas", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Kind == AssistantEventKind.CandidateQuestionAnswered && e.Text.Contains("sponsor visas", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATamperedLinkGetsAForbiddenPageAndRecordsNothing()
    {
        var (link, message) = await SendAsync("cand-page-2", "Grace Hopper");
        var tampered = link[..^2] + (link[^2] == 'A' ? "B" : "A") + link[^1];

        using var page = await _gateway.Http.GetAsync(tampered);
        using var reply = await _gateway.Http.PostAsync(tampered, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "t1", ["reply"] = "Is it remote?" }));
        using var unsubscribe = await _gateway.Http.PostAsync("/" + LinkSigner.UnsubscribePath + tampered[(LinkSigner.ReadPath.Length + 1)..], new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("does not work", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.True((int)unsubscribe.StatusCode is >= 400 and < 500);
        var ledger = await Ledgers.OpenAsync(Tenant);
        Assert.Empty(ledger.Index.Replies(message.ThreadId));
        Assert.Null(ledger.Index.Unsubscribe("cand-page-2"));
        Assert.Equal(ContactStatus.Delivered, ledger.Index.StatusOf(message.Id));
    }

    [Fact]
    public async Task AReplyOverTheLimitIsRefusedWithAPageAndRecordsNothing()
    {
        var (link, message) = await SendAsync("cand-page-5", "Edsger Dijkstra");

        using var reply = await _gateway.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = "t1", ["reply"] = new string('a', ContactLimits.MaxReplyLength + 1) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.StatusCode);
        Assert.Contains("5,000", await reply.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await Ledgers.OpenAsync(Tenant)).Index.Replies(message.ThreadId));
    }

    [Fact]
    public async Task TheUnsubscribeLinkIsHonouredAtOnce()
    {
        var (link, message) = await SendAsync("cand-page-3", "Alan Turing");
        var unsubscribe = "/" + LinkSigner.UnsubscribePath + Links.Sign(Links.Verify(link[(LinkSigner.ReadPath.Length + 1)..], LinkPurpose.Read).Link! with { Purpose = LinkPurpose.Unsubscribe });

        using var confirm = await _gateway.Http.GetAsync(unsubscribe);
        Assert.Null((await Ledgers.OpenAsync(Tenant)).Index.Unsubscribe("cand-page-3"));
        using var done = await _gateway.Http.PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var ledger = await Ledgers.OpenAsync(Tenant);
        Assert.NotNull(ledger.Index.Unsubscribe(message.CandidateId));
        var again = await Ledgers.SenderFor(ledger).SendAsync(new OutreachSend("page-k-3b", "cand-page-3", "other-project", ContactKind.FirstOutreach, OutreachChannelNames.BuiltIn, "Another role", "Hello again."));
        Assert.Equal(ContactRefusalReason.Unsubscribed, again.Refusal?.Reason);
    }

    private ContactLedgers Ledgers => _gateway.App.Services.GetRequiredService<ContactLedgers>();

    private LinkSigner Links => _gateway.App.Services.GetRequiredService<LinkSigner>();

    /// <summary>Sends a first message on the built-in channel as the outreach agent does, and returns the path of its signed read link.</summary>
    private async Task<(string Link, ContactMessage Message)> SendAsync(string candidateId, string name)
    {
        var profile = new CandidateProfile(
            candidateId, name, "Backend engineer", new Location("Berlin", "", "DE"), [], [], ["Go"], OpenToWork: true,
            LastActive: DateTimeOffset.UtcNow, ProfileSource.Public(), DateTimeOffset.UtcNow);
        await _gateway.App.Services.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, [profile]);
        var ledger = await Ledgers.OpenAsync(Tenant);
        var sent = await Ledgers.SenderFor(ledger).SendAsync(new OutreachSend(
            $"page-k-{candidateId}", candidateId, ProjectId, ContactKind.FirstOutreach, OutreachChannelNames.BuiltIn, "A backend role", "Hi, your Go work caught my eye."));
        var message = sent.Message!;
        return (Links.ReadLink(Tenant, message.ThreadId, message.Id).AbsolutePath, message);
    }

    private static string FormToken(string html)
    {
        const string marker = "name=\"token\" value=\"";
        var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return html[start..html.IndexOf('"', start)];
    }

    private async Task<IReadOnlyList<AssistantEvent>> EventsAsync(Func<AssistantEvent, bool> until)
    {
        IReadOnlyList<AssistantEvent> events = [];
        await Wait.UntilAsync(
            async () =>
            {
                using var tenant = TenantScope.For(Tenant);
                events = await _gateway.Grains.GetGrain<IRecruiterSupervisor>(Owner).EventsAfter(0, 100);
                return events.Any(until);
            },
            TimeSpan.FromSeconds(30),
            "the reply's events in the recruiter's stream");
        return events;
    }
}
