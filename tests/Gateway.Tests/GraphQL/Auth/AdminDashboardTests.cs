using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hiring.Gateway.Hosting;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Auth;

/// <summary>The Orleans Dashboard at /admin/orleans with <c>Hiring:Admin:Dashboard</c> on: operators only.</summary>
public sealed class AdminDashboardTests : IAsyncLifetime
{
    private const string Page = AdminDashboard.Path + "/";
    private const string Counters = AdminDashboard.Path + "/DashboardCounters";

    private GraphQLHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLHost.StartAsync(new Dictionary<string, string?> { [AdminDashboard.Setting] = "true" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ABrowserWithoutCredentialsIsAskedToSignInWithItsKey()
    {
        using var response = await _host.Gateway.Http.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Basic", challenge.Scheme);
        Assert.Contains("API key", challenge.Parameter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperatorSignedInWithTheirKeyAsPasswordSeesTheDashboardAndThisSilo()
    {
        var basic = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("anyone:" + GraphQLHost.KeyOf("acme", GraphQLHost.Operator))));

        using var page = await GetAsync(Page, basic);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Orleans Dashboard</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The dashboard collects its counters every second: the first answer may come before the first collection.
        string[] statuses = [];
        await Wait.UntilAsync(async () =>
        {
            using var counters = await GetAsync(Counters, basic);
            Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
            using var json = JsonDocument.Parse(await counters.Content.ReadAsStringAsync());
            statuses = [.. json.RootElement.GetProperty("hosts").EnumerateArray().Select(h => h.GetProperty("status").GetString() ?? "")];
            return statuses.Length > 0;
        }, TimeSpan.FromSeconds(30), "the dashboard's counters list the silo");
        Assert.Equal(["Active"], statuses);
    }

    [Fact]
    public async Task ARecruiterWhoIsNotAnOperatorIsForbiddenWhateverTheScheme()
    {
        var key = GraphQLHost.KeyOf("acme", "r1");

        using var bearer = await GetAsync(Counters, new AuthenticationHeaderValue("Bearer", key));
        using var basic = await GetAsync(Counters, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("r1:" + key))));

        Assert.Equal(HttpStatusCode.Forbidden, bearer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, basic.StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordIsUnauthorizedAndTheGraphQLEndpointStillAnswersKeys()
    {
        using var wrong = await GetAsync(Counters, new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:not-a-key"))));
        using var graphql = await _host.PostAsync(GraphQLHost.KeyOf("globex", "r2"), "{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, graphql.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, AuthenticationHeaderValue authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = authorization;
        return await _host.Gateway.Http.SendAsync(request);
    }
}
