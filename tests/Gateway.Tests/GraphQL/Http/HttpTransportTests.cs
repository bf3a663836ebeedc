using System.Net;
using System.Text;
using System.Text.Json;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Http;

[Collection(GraphQLCollection.Name)]
public sealed class HttpTransportTests(GraphQLHostFixture fixture)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private static readonly string Key = GraphQLHost.KeyOf("acme", "r0");

    private GraphQLHost Host => fixture.Host;

    [Fact]
    public async Task APostedQueryAnswersWithTheCallersIdentity()
    {
        using var response = await Host.PostAsync(Key, "{ me { id tenant } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var me = (await BodyAsync(response)).GetProperty("data").GetProperty("me");
        Assert.Equal("r0", me.GetProperty("id").GetString());
        Assert.Equal("acme", me.GetProperty("tenant").GetString());
    }

    [Fact]
    public async Task TheGraphQLResponseMediaTypeIsUsedWhenAccepted()
    {
        using var response = await Host.PostAsync(Key, "{ me { id } }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ASyntaxErrorIsA400WithTheGraphQLResponseMediaType()
    {
        using var response = await Host.PostAsync(Key, "{ me { id ", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await BodyAsync(response)).GetProperty("errors")[0];
        Assert.Equal("SYNTAX_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ASyntaxErrorIsA200WithPlainJson()
    {
        using var response = await Host.PostAsync(Key, "{ me { id ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await BodyAsync(response)).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task AValidationErrorCarriesACodeAndNoData()
    {
        using var response = await Host.PostAsync(Key, "{ me { salary } }", accept: GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task AQueryCanBeSentWithGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query Who { me { id } }") + "&operationName=Who");
        using var response = await Host.SendAsync(request, Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("r0", (await BodyAsync(response)).GetProperty("data").GetProperty("me").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AMutationOverGetIsMethodNotAllowed()
    {
        var mutation = "mutation { setApprovalPolicy(action: SEND, mode: AUTO) { entries { mode } } }";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(mutation));
        using var response = await Host.SendAsync(request, Key);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal("METHOD_NOT_ALLOWED", Code(await BodyAsync(response)));
    }

    [Fact]
    public async Task MalformedJsonIsA400WithAGraphQLError()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json") };
        using var response = await Host.SendAsync(request, Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("INVALID_JSON", Code(await BodyAsync(response)));
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsUnsupported()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ me { id } }", Encoding.UTF8, "text/plain") };
        using var response = await Host.SendAsync(request, Key);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", Code(await BodyAsync(response)));
    }

    [Fact]
    public async Task ARequestWithoutQueryIsA400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"variables\": {}}", Encoding.UTF8, "application/json") };
        using var response = await Host.SendAsync(request, Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", Code(await BodyAsync(response)));
    }

    [Fact]
    public async Task NoCredentialIsUnauthorized()
    {
        using var response = await Host.PostAsync(null, "{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", Code(await BodyAsync(response)));
    }

    [Fact]
    public async Task AnUnknownKeyIsUnauthorized()
    {
        using var response = await Host.PostAsync("not-a-key", "{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AFailureInsideTheAssistantExposesNoDetails()
    {
        Host.World.Recruiter("acme", "r11").Failure = new InvalidOperationException("secret connection string at Hiring.Internal");
        var body = await Host.QueryAsync("acme", "r11", "{ approvals { id } }");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("secret", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Hiring.Internal", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("stack", body.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ADatabaseFaultInsideTheAssistantSaysTryAgainWithoutItsDetails()
    {
        Host.World.Recruiter("acme", "r12").Failure = new Hiring.Contracts.Cluster.StorageUnavailableException("The database could not complete the call: 10.0.0.7:5432 reset") { DriverError = "NpgsqlException" };
        var body = await Host.QueryAsync("acme", "r12", "{ approvals { id } }");

        var error = body.GetProperty("errors")[0];
        Assert.Equal(("UNAVAILABLE", "The assistant is briefly unavailable. Try again in a moment."),
            (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("message").GetString()));
        Assert.DoesNotContain("10.0.0.7", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", body.GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
