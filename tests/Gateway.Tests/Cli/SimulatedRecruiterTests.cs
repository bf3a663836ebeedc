using System.Net;
using System.Text;
using Hiring.Gateway.Cli.Load;

namespace Hiring.Gateway.Tests.Cli;

/// <summary>
/// One simulated recruiter's approve turn against a scripted server: an approval decided between listing and
/// deciding (the server answers ALREADY_DECIDED) is counted as such and is no error; any other refusal still is.
/// </summary>
public sealed class SimulatedRecruiterTests
{
    [Fact]
    public async Task AnApprovalDecidedSinceItWasListedIsCountedAndIsNoError()
    {
        var recorder = await ApproveOnceAsync("ALREADY_DECIDED");

        Assert.Empty(recorder.Errors());
        var latencies = recorder.Latencies();
        Assert.Single(latencies[LoadOperations.DecideApproval]);
        Assert.Single(latencies[LoadOperations.DecideAlreadyDecided]);
    }

    [Fact]
    public async Task AnyOtherRefusalOfTheDecisionIsStillAnError()
    {
        var recorder = await ApproveOnceAsync("NOT_FOUND");

        Assert.Equal(1, recorder.Errors()[$"{LoadOperations.DecideApproval}: NOT_FOUND"]);
        Assert.False(recorder.Latencies().ContainsKey(LoadOperations.DecideAlreadyDecided));
    }

    /// <summary>Recruiter 2 starts with the approve turn; the run stops once the server has answered the decision.</summary>
    private static async Task<OperationRecorder> ApproveOnceAsync(string decideRefusal)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var http = new HttpClient(new ScriptedServer(decideRefusal, stop));
        var recorder = new OperationRecorder();
        var recruiter = new SimulatedRecruiter(2, "run", new Uri("http://127.0.0.1:9/"), "key", new LoadGraphQL(http), recorder, TimeSpan.FromMinutes(5));

        await recruiter.RunAsync(stop.Token);

        Assert.True(recorder.Latencies().ContainsKey(LoadOperations.Approvals), "the approve turn never ran");
        return recorder;
    }

    private sealed class ScriptedServer(string decideRefusal, CancellationTokenSource stop) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            string json;
            if (body.Contains("decideApproval", StringComparison.Ordinal))
            {
                json = $$$"""{"errors":[{"message":"refused","extensions":{"code":"{{{decideRefusal}}}"}}]}""";
                stop.CancelAfter(TimeSpan.FromMilliseconds(200));
            }
            else
            {
                json = """{"data":{"approvals":[{"id":"ap-1","action":"PUBLISH_JOB","summary":"Publish"}]}}""";
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
