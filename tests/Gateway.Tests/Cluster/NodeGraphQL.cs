using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hiring.Gateway.Tests.Cluster;

/// <summary>GraphQL over HTTP to one node of a test cluster, as one recruiter (an API key every node accepts).</summary>
public sealed class NodeGraphQL(SiloProcess node, string apiKey)
{
    public SiloProcess Node { get; } = node;

    /// <summary>The response's data; a GraphQL error fails with the whole body.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await Node.Http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        if (body.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"GraphQL errors from the node on silo port {Node.SiloPort}: {body.GetRawText()}");
        }

        return body.GetProperty("data");
    }

    /// <summary>The whole event log, oldest first, read a page at a time through the <c>events</c> query.</summary>
    public async Task<List<LoggedEvent>> EventsAsync()
    {
        var events = new List<LoggedEvent>();
        while (true)
        {
            var after = events.Count == 0 ? "0" : events[^1].Sequence.ToString(CultureInfo.InvariantCulture);
            var page = (await QueryAsync("query($after: String) { events(after: $after, max: 100) { cursor kind text planId } }", new { after }))
                .GetProperty("events").EnumerateArray()
                .Select(e => new LoggedEvent(
                    long.Parse(e.GetProperty("cursor").GetString()!, CultureInfo.InvariantCulture),
                    e.GetProperty("kind").GetString()!,
                    e.GetProperty("text").GetString()!,
                    e.GetProperty("planId").GetString()))
                .ToList();
            events.AddRange(page);
            if (page.Count < 100)
            {
                return events;
            }
        }
    }
}

/// <summary>One entry of a recruiter's event log as the <c>events</c> query reads it.</summary>
public sealed record LoggedEvent(long Sequence, string Kind, string Text, string? PlanId)
{
    public override string ToString() => $"{Sequence} {Kind} [{PlanId}] {Text}";
}
