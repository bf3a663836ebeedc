using System.Net;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Auth;

[Collection(GraphQLCollection.Name)]
public sealed class ApiKeyTests(GraphQLHostFixture fixture)
{
    [Fact]
    public async Task TheXApiKeyHeaderAuthenticatesToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ me { id } }"));
        request.Headers.Add("X-Api-Key", GraphQLHost.KeyOf("globex", "r9"));
        using var response = await fixture.Host.Gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("r9", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoModeIsOffWhenKeysAreConfigured()
    {
        using var response = await fixture.Host.PostAsync("demo", "{ me { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
