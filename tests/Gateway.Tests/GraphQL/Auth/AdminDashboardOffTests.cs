using System.Net;
using System.Net.Http.Headers;
using Hiring.Gateway.Hosting;
using Hiring.Gateway.Tests.GraphQL.Support;

namespace Hiring.Gateway.Tests.GraphQL.Auth;

/// <summary>The dashboard is off by default: not even an operator finds it.</summary>
[Collection(GraphQLCollection.Name)]
public sealed class AdminDashboardOffTests(GraphQLHostFixture fixture)
{
    [Fact]
    public async Task WithoutTheSettingThereIsNoDashboardForAnOperator()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, AdminDashboard.Path + "/DashboardCounters");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", GraphQLHost.KeyOf("acme", GraphQLHost.Operator));

        using var response = await fixture.Host.Gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
