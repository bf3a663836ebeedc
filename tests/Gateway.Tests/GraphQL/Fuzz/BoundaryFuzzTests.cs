using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using CsCheck;
using Hiring.Gateway.Tests.GraphQL.Support;
using Hiring.Gateway.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Hiring.Gateway.Tests.GraphQL.Fuzz;

/// <summary>
/// Generated input at the API's boundary, on the product's host and its real silo: GraphQL documents broken
/// token by token, variables of every wrong shape, raw bodies that are not JSON or not UTF-8 or too large,
/// and WebSocket frames that break the protocol. Each is answered with a clear error (a 4xx or a GraphQL
/// error with a message; a socket closed with a protocol code), never a 5xx, an internal-error close or an
/// error in the server's log, and the server answers a plain query afterwards. CsCheck prints the seed of a
/// failing sample to replay it.
/// </summary>
public sealed class BoundaryFuzzTests(BoundaryFuzzTests.Host fixture) : IClassFixture<BoundaryFuzzTests.Host>
{
    private static readonly string Key = GraphQLHost.KeyOf("acme", "r1");

    // Valid operations over the schema, each a starting point for the broken ones.
    private static readonly string[] Corpus =
    [
        "{ me { id tenant } }",
        "query Projects($max: Int) { projects(max: $max) { id title owner created } }",
        "query One($id: ID!) { project(id: $id) { id title pipeline { candidateId stage } } }",
        "query Find($q: String!, $top: Int) { search(query: $q, top: $top) { total hits { candidateId score } } }",
        "{ approvals(pendingOnly: false) { id status } events(max: 5) { cursor kind text } }",
        "mutation Say($id: String!, $text: String!) { sendMessage(clientMessageId: $id, text: $text) { clientMessageId inboxSequence duplicate } }",
        "mutation Move($p: ID!, $c: ID!) { moveCandidate(projectId: $p, candidateId: $c, stage: SHORTLISTED, why: \"fits\") { stage } }",
        "mutation { forgetMemories(all: false) }",
        "query Apply($p: ID!) { autopilot(projectId: $p) { enabled } autopilotRuns(projectId: $p) { id } }",
    ];

    // The protocol's own close codes and the standard ones for bad frames; 1011 (internal error) is never one.
    private static readonly int[] ClearCloseCodes = [1000, 1002, 1003, 1007, 1008, 1009, 4400, 4401, 4403, 4408, 4409, 4429, 4500];

    /// <summary>One variable's value as JSON text: of the wrong type, out of range, huge, or nested deeper than any parser allows.</summary>
    private static readonly Gen<string> Value = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char['\u0000', '\ud7ff'], 0, 200].Select(text => JsonSerializer.Serialize(text)),
        Gen.OneOf("true", "false", "null", "1e999", "-0", "1.5", "99999999999999999999999", "{}", "[]"),
        Gen.Int[1, 100].Select(n => "[" + string.Join(',', Enumerable.Range(0, n)) + "]"),
        Gen.Int[1, 70_000].Select(n => "\"" + new string('x', n) + "\""),
        Gen.Int[1, 300].Select(depth => new string('[', depth) + "1" + new string(']', depth)),
        Gen.Int[1, 300].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));

    /// <summary>The request's variables as JSON text: none, one of a name the document may or may not declare, or not an object at all.</summary>
    private static readonly Gen<string> VariablesJson = Gen.OneOf(
        Gen.Const("null"),
        Gen.Select(Gen.OneOf("id", "text", "q", "max", "top", "p", "c", "unknown"), Value, (name, value) => $"{{\"{name}\":{value}}}"),
        Gen.OneOf("[]", "5", "\"x\"", "true"));

    private GraphQLHost Server => fixture.Server;

    [Fact]
    public async Task BrokenDocumentsAndWrongVariablesAreAnsweredWithAClearErrorNeverA5xx()
    {
        var documents = Gen.Int[0, Corpus.Length - 1].SelectMany(i => Broken(Corpus[i]));
        var requests = Gen.Select(documents, VariablesJson, (document, variables) => (document, variables));

        await requests.SampleAsync(
            async request =>
            {
                var body = $"{{\"query\":{JsonSerializer.Serialize(request.document)},\"variables\":{request.variables}}}";
                using var message = new HttpRequestMessage(HttpMethod.Post, Server.GraphQLUri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                using var response = await Server.SendAsync(message, Key);
                await AssertClearAsync(response);
            },
            iter: 400,
            threads: 1,
            print: r => $"{r.document} with {(r.variables.Length > 200 ? r.variables[..200] + "…" : r.variables)}");

        await AssertStillServesAsync();
    }

    [Fact]
    public async Task RawBodiesThatAreNotJsonNotUtf8OrTooLargeAreA4xxWithAReason()
    {
        var bodies = Gen.OneOf(
            Gen.Byte.Array[0, 2048].Select(b => ("bytes", b)),
            Gen.Int[1, 44].Select(cut => ("cut json", Encoding.UTF8.GetBytes("""{"query":"{ me { id } }","variables":{"x":1}}""")[..cut])),
            Gen.OneOf("null", "[]", "5", "\"{ me { id } }\"", """{"query":5}""", """{"query":null}""", """{"variables":"x","query":"{ me { id } }"}""", """{"query":"{ me { id } }","operationName":7}""", """{"query":"{ me { id } }","extensions":[1]}""")
                .Select(s => ("wrong shape", Encoding.UTF8.GetBytes(s))),
            Gen.Int[0, 8].Select(i => ("invalid utf-8", (byte[])[.. "{\"query\":\"{ me { id"u8, .. new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xF0, 0x28 }[i..], .. "} }\"}"u8])),
            Gen.Int[65_537, 200_000].Select(n => ("too large", Encoding.UTF8.GetBytes("{\"query\":\"{ me { id } }\",\"variables\":{\"x\":\"" + new string('a', n) + "\"}}"))));
        var media = Gen.OneOf("application/json", "application/graphql", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x");

        await Gen.Select(bodies, media, (body, type) => (body.Item1, body.Item2, type)).SampleAsync(
            async sample =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, Server.GraphQLUri) { Content = new ByteArrayContent(sample.Item2) };
                request.Content.Headers.TryAddWithoutValidation("Content-Type", sample.type);
                using var response = await Server.SendAsync(request, Key);
                await AssertClearAsync(response);
            },
            iter: 200,
            threads: 1,
            print: s => $"{s.Item1} ({s.Item2.Length} bytes) as {s.type}");

        await AssertStillServesAsync();
    }

    [Fact]
    public async Task FramesThatBreakTheSocketProtocolCloseItWithAProtocolCodeOrAreAnswered()
    {
        var frames = Gen.OneOf(
            Gen.String[Gen.Char['\u0000', '\ud7ff'], 0, 300].Select(s => (WebSocketMessageType.Text, Encoding.UTF8.GetBytes(s))),
            Gen.Byte.Array[0, 512].Select(b => (WebSocketMessageType.Text, b)),
            Gen.Byte.Array[0, 512].Select(b => (WebSocketMessageType.Binary, b)),
            Gen.OneOf(
                """{"type":"subscribe"}""", """{"type":"subscribe","id":1,"payload":{}}""", """{"type":"subscribe","id":"a","payload":{"query":5}}""",
                """{"type":"subscribe","id":"a","payload":{"query":"subscription { assistantEvents(after: \"x\") { cursor } }"}}""",
                """{"type":"complete"}""", """{"type":"ping","payload":[1,2]}""", """{"type":"connection_init"}""", """{"type":"nope","id":"a"}""",
                """{"id":"a"}""", "{}", "[]", "null", """{"type":"subscribe","id":"a","payload":{"query":"{ me { id } }","variables":"x"}}""")
                .Select(s => (WebSocketMessageType.Text, Encoding.UTF8.GetBytes(s))));

        await frames.Array[1, 4].SampleAsync(
            async sequence =>
            {
                // RFC 6455 §8.1: text that is not UTF-8 fails the connection (the socket may be cut, not closed with a code).
                var mayBeCut = sequence.Any(f => f.Item1 == WebSocketMessageType.Text && !Utf8.IsValid(f.Item2));
                await using var socket = await TransportWsClient.ConnectAndInitAsync(Server.WebSocketUri, Key);
                try
                {
                    foreach (var (type, bytes) in sequence)
                    {
                        if (socket.State != WebSocketState.Open)
                        {
                            break;
                        }

                        await socket.SendRawAsync(bytes, type);
                    }

                    // Whatever came back: protocol messages, or a close with a code that says what was wrong.
                    var answer = await socket.ReceiveUntilQuietAsync(TimeSpan.FromMilliseconds(300));
                    if (answer?.CloseCode is { } code)
                    {
                        Assert.Contains(code, ClearCloseCodes);
                    }
                }
                catch (WebSocketException) when (mayBeCut)
                {
                    // Failed as the RFC says; the server must still serve everyone else (checked at the end).
                }
            },
            iter: 150,
            threads: 1,
            print: s => string.Join(" | ", s.Select(f => $"{f.Item1} {f.Item2.Length} bytes{(Utf8.IsValid(f.Item2) ? "" : ", not UTF-8")}: {Convert.ToHexString(f.Item2[..Math.Min(f.Item2.Length, 24)])}")));

        await AssertStillServesAsync();
    }

    /// <summary>The ways a document gets broken: a token dropped, doubled or swapped for junk, a cut, deep nesting, a long name.</summary>
    private static Gen<string> Broken(string document)
    {
        var tokens = document.Split(' ');
        return Gen.OneOf(
            Gen.Int[0, tokens.Length - 1].Select(i => string.Join(' ', tokens.Where((_, j) => j != i))),
            Gen.Int[0, tokens.Length - 1].Select(i => string.Join(' ', tokens.SelectMany((t, j) => j == i ? new[] { t, t } : [t]))),
            Gen.Select(Gen.Int[0, tokens.Length - 1], Gen.OneOf("{", "}", "(", ")", "$", "@skip", "...", "\"", "\\u0000", "é", "🙂", "#", "fragment", "__typename", "1e999", "-"), (i, junk) => string.Join(' ', tokens.Select((t, j) => j == i ? junk : t))),
            Gen.Int[0, document.Length].Select(cut => document[..cut]),
            Gen.Int[2, 400].Select(depth => "{ me " + string.Concat(Enumerable.Repeat("{ id ", depth)) + string.Concat(Enumerable.Repeat("}", depth)) + " }"),
            Gen.Int[1, 20_000].Select(n => "{ " + new string('a', n) + " }"),
            Gen.Int[1, 200].Select(n => "{ " + string.Join(' ', Enumerable.Range(0, n).Select(i => $"a{i}: me {{ id }}")) + " }"));
    }

    private static async Task AssertClearAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"the server answered {status}");
        var text = await response.Content.ReadAsStringAsync();
        if (status is (int)HttpStatusCode.OK or (int)HttpStatusCode.BadRequest)
        {
            using var body = JsonDocument.Parse(text);
            if (body.RootElement.TryGetProperty("errors", out var errors))
            {
                Assert.All(errors.EnumerateArray(), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(text), $"a {status} without a reason");
        }
    }

    /// <summary>A plain query still works and the server logged no error while it was fuzzed.</summary>
    private async Task AssertStillServesAsync()
    {
        var me = await Server.QueryAsync("acme", "r1", "{ me { id } }");
        Assert.Equal("r1", me.GetProperty("data").GetProperty("me").GetProperty("id").GetString());
        Assert.Empty(Server.Logs.AtLeast(LogLevel.Error));
    }

    /// <summary>A host of its own whose rate limit a fuzzer cannot reach (the limit is tested elsewhere).</summary>
    public sealed class Host : IAsyncLifetime
    {
        public GraphQLHost Server { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Server = await GraphQLHost.StartAsync(new Dictionary<string, string?> { ["Hiring:Limits:RequestsPerWindow"] = "1000000" });

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
