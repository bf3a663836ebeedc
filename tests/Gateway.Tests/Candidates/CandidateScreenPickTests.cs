using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hiring.Agents.Identity;
using Hiring.Agents.Outreach;
using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.SubAgents;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Planning;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Supervisor;
using Hiring.Contracts.Talent;
using Hiring.Gateway.GraphQL.Auth;
using Hiring.Gateway.Tests.Support;
using Hiring.Talent;
using Ical.Net;

namespace Hiring.Gateway.Tests.Candidates;

/// <summary>
/// A screen end to end over real HTTP: the recruiter sets availability through GraphQL (an unknown
/// zone refused), schedule-screen offers times, the candidate picks one on their page and downloads
/// the invitation, the recruiter's stream hears of it, and the recruiter cancels through GraphQL.
/// </summary>
public sealed class CandidateScreenPickTests : IAsyncLifetime
{
    private const string Tenant = "acme";
    private const string ProjectId = "screen-backend";
    private const string CandidateId = "cand-screen-1";
    private const string Key = "screen-test-key-0123456789";
    private static readonly string Owner = GrainKeys.Recruiter(Tenant, "ana");

    private readonly TempDataDirectory _data = new();
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await RunningGateway.StartAsync(_data.Path, new Dictionary<string, string?>
        {
            [$"{AuthSettings.Section}:ApiKeys:0:KeyHash"] = ApiKeyHash.Compute(Key),
            [$"{AuthSettings.Section}:ApiKeys:0:Tenant"] = Tenant,
            [$"{AuthSettings.Section}:ApiKeys:0:Recruiter"] = "ana",
        });
        var profile = new CandidateProfile(
            CandidateId, "Ada Lovelace", "Backend engineer", new Location("Berlin", "", "DE"), [], [], ["Go"], OpenToWork: true,
            LastActive: DateTimeOffset.UtcNow, ProfileSource.Public(), DateTimeOffset.UtcNow);
        await _gateway.App.Services.GetRequiredService<IProfileStore>().UpsertAsync(TalentPoolScope.Public, [profile]);
        using var tenant = TenantScope.For(Tenant);
        var project = _gateway.Grains.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, ProjectId));
        var spec = new JobSpec("Backend Engineer", "backend engineer", "senior", ["Berlin"], RemotePolicy.Remote, EmploymentType.FullTime, "Builds the API.", []);
        await project.Create(Owner, spec, []);
        await project.AddCandidates([new SourcedCandidate(CandidateId, "test", 0.9, PipelineStage.Contacted)], "test");
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task TheCandidatePicksAnOfferedTimeOnTheirPageAndTheRecruiterHearsOfIt()
    {
        var refused = await GraphQLAsync("mutation { setAvailability(timeZone: \"Mars/Olympus\", windows: [{day: MONDAY, start: \"09:00\", end: \"17:00\"}]) { timeZone } }");
        Assert.Contains("not a time zone", refused.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await GraphQLAsync("{ availability { timeZone } }")).GetProperty("data").GetProperty("availability").ValueKind);
        var everyDay = string.Join(", ", Enum.GetNames<DayOfWeek>().Select(d => $"{{day: {d.ToUpperInvariant()}, start: \"08:00\", end: \"18:00\"}}"));
        var set = await GraphQLAsync($"mutation {{ setAvailability(timeZone: \"Europe/Berlin\", windows: [{everyDay}]) {{ timeZone windows {{ day }} }} }}");
        Assert.Equal(7, set.GetProperty("data").GetProperty("setAvailability").GetProperty("windows").GetArrayLength());

        await OfferAsync();
        var message = (await Ledgers().OpenAsync(Tenant)).Index.Thread(Agents.Outreach.Contacts.ContactIds.Thread(ProjectId, CandidateId))[^1];
        var link = Links.ReadLink(Tenant, message.ThreadId, message.Id).AbsolutePath;
        var page = await _gateway.Http.GetStringAsync(link);
        var start = Value(page, "name=\"start\" value=\"");

        using var picked = await _gateway.Http.PostAsync(link + "/screen", new FormUrlEncodedContent(new Dictionary<string, string> { ["start"] = start }));
        var after = await picked.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, picked.StatusCode);
        Assert.Contains("Your call is booked for", after, StringComparison.Ordinal);
        using var ics = await _gateway.Http.GetAsync(link + "/invite.ics");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType?.MediaType);
        var invite = Assert.Single(Calendar.Load(await ics.Content.ReadAsStringAsync())!.Events);
        Assert.Equal("Europe/Berlin", invite.DtStart!.TzId);
        Assert.Equal(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, invite.DtStart.AsUtc);
        await Wait.UntilAsync(
            async () =>
            {
                using var tenant = TenantScope.For(Tenant);
                var events = await _gateway.Grains.GetGrain<IRecruiterSupervisor>(Owner).EventsAfter(0, 100);
                return events.Any(e => e.Kind == AssistantEventKind.CandidateScreenBooked && e.Text.Contains("Ada Lovelace booked a screen", StringComparison.Ordinal));
            },
            TimeSpan.FromSeconds(30),
            "the pick in the recruiter's stream");

        var screenId = invite.Uid!.Split('@')[0];
        var cancelled = await GraphQLAsync($"mutation {{ cancelScreen(projectId: \"{ProjectId}\", screenId: \"{screenId}\") {{ status sequence }} }}");
        Assert.Equal("CANCELLED", cancelled.GetProperty("data").GetProperty("cancelScreen").GetProperty("status").GetString());
        Assert.Contains("METHOD:CANCEL", await _gateway.Http.GetStringAsync(link + "/invite.ics"), StringComparison.Ordinal);
    }

    private Agents.Outreach.Contacts.ContactLedgers Ledgers() => _gateway.App.Services.GetRequiredService<Agents.Outreach.Contacts.ContactLedgers>();

    private LinkSigner Links => _gateway.App.Services.GetRequiredService<LinkSigner>();

    /// <summary>Runs schedule-screen as the outreach agent does once the recruiter approved it.</summary>
    private async Task OfferAsync()
    {
        var handler = _gateway.App.Services.GetServices<IStepHandler<OutreachState>>().Single(h => h.Action == PlanActions.ScheduleScreen);
        var command = new StepCommand(
            $"{Owner}/m1/Outreach.schedule-screen/1", Owner, ProjectId, PlanActions.ScheduleScreen,
            new Dictionary<string, string> { [StepValueNames.Request] = "schedule a screen with Ada", [StepValueNames.Candidates] = CandidateId }, RequestSlots.Empty);
        using var tenant = TenantScope.For(Tenant);
        var project = _gateway.Grains.GetGrain<IHiringProject>(GrainKeys.Project(Tenant, ProjectId));
        var outcome = await handler.RunAsync(new StepContext<OutreachState>(GrainKeys.Project(Tenant, ProjectId), command, new OutreachState(), project), CancellationToken.None);
        Assert.True(outcome.Outputs.ContainsKey(StepValueNames.ScreenId), outcome.Summary);
    }

    private async Task<JsonElement> GraphQLAsync(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var response = await _gateway.Http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string Value(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No '{marker}' in the page:\n{html}");
        var start = at + marker.Length;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('"', start)]);
    }
}
