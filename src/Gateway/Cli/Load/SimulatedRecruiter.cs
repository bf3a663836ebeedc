using System.Diagnostics;
using System.Text.Json;
using Hiring.Contracts.Supervisor;

namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// One recruiter at work on one node, in turns, each right after the last (plus the think time): chat (send a
/// message, then wait for the assistant to receive and plan it on the live subscription), browse (the projects,
/// then one of them), approve (the waiting approvals, approving the newest; one decided since it was listed is counted, not failed), browse again. A failed operation is
/// counted and the recruiter pauses briefly, so a node that is down is not hammered in a tight loop.
/// </summary>
public sealed class SimulatedRecruiter(int index, string runId, Uri target, string apiKey, LoadGraphQL graphql, OperationRecorder recorder, TimeSpan think)
{
    /// <summary>How long the assistant may take to receive and plan a message before the wait counts as failed.</summary>
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromMilliseconds(100);

    private static readonly string[] Messages =
    [
        "find senior Go engineers in Berlin",
        "I need a data scientist in London, Python and SQL, 3+ years",
        "hello",
        "what is the status of my projects?",
        "looking for a registered nurse in Madrid",
        "remember that I prefer candidates who can start within a month",
    ];

    private const string SendMessage = "mutation($id: String!, $text: String!) { sendMessage(clientMessageId: $id, text: $text) { inboxSequence duplicate } }";
    private const string Projects = "{ projects(max: 20) { id title status stageCounts { stage count } } }";
    private const string Project = "query($id: ID!) { project(id: $id) { id status spec { title locations } qualifications { id text approved } stageCounts { stage count } pipeline(first: 10) { candidateId stage score } } }";
    private const string Approvals = "{ approvals { id action summary } }";
    private const string Decide = "mutation($id: ID!) { decideApproval(id: $id, verdict: APPROVE) { id status } }";

    private readonly Random _random = new(index);
    private EventSocket? _events;
    private int _sent;

    /// <summary>Checks before the clock starts that the node accepts this recruiter's key.</summary>
    public async Task SignInAsync(CancellationToken cancellationToken)
    {
        try
        {
            await graphql.RunAsync(target, apiKey, "{ me { id } }", null, cancellationToken);
        }
        catch (LoadException failure)
        {
            throw new LoadException($"{target} refused recruiter {index}'s key ({failure.Code}): start the nodes with the settings 'hiring load keys' wrote, or pass a key they accept.");
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            // Recruiters start at different turns, so they do not all chat at once when the clock starts.
            for (var turn = index % 4; !stop.IsCancellationRequested; turn++)
            {
                var ok = (turn % 4) switch
                {
                    0 => await ChatAsync(stop),
                    2 => await ApproveAsync(stop),
                    _ => await BrowseAsync(stop),
                };
                var pause = ok ? think : think + PauseAfterFailure;
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run's time is up: what was in flight is neither counted nor failed.
        }
        finally
        {
            if (_events is not null)
            {
                await _events.DisposeAsync();
            }
        }
    }

    private async Task<bool> ChatAsync(CancellationToken stop)
    {
        if (_events is not { Ended: null })
        {
            var resumeAfter = _events?.Cursor ?? "0";
            if (_events is not null)
            {
                await _events.DisposeAsync();
                _events = null;
            }

            using var bound = Bounded(stop);
            var (subscribed, events) = await recorder.TimeAsync(LoadOperations.Subscribe, () => EventSocket.OpenAsync(target, apiKey, resumeAfter, bound.Token), stop);
            if (!subscribed)
            {
                return false;
            }

            _events = events;
        }

        var clientMessageId = $"load-{runId}-{index}-{_sent++}";
        var sentAt = Stopwatch.GetTimestamp();
        var (posted, _) = await recorder.TimeAsync(LoadOperations.SendMessage, () =>
            graphql.RunAsync(target, apiKey, SendMessage, new { id = clientMessageId, text = Messages[_random.Next(Messages.Length)] }, stop), stop);
        if (!posted)
        {
            return false;
        }

        using var wait = Bounded(stop);
        var stage = LoadOperations.EventDelivered;
        try
        {
            var received = await _events!.WaitForAsync(e => e.Kind == "MESSAGE_RECEIVED" && e.Payload?.Contains(clientMessageId, StringComparison.Ordinal) == true, wait.Token);
            recorder.Record(stage, Stopwatch.GetElapsedTime(sentAt, received).TotalMilliseconds);
            stage = LoadOperations.PlanCreated;
            var planned = await _events.WaitForAsync(e => e.Kind == "PLAN_CREATED", wait.Token);
            recorder.Record(stage, Stopwatch.GetElapsedTime(sentAt, planned).TotalMilliseconds);
            return true;
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            recorder.Fail(stage, $"not within {EventTimeout.TotalSeconds:0} s");
        }
        catch (LoadException failure)
        {
            recorder.Fail(stage, failure.Code);
        }

        return false;
    }

    private async Task<bool> BrowseAsync(CancellationToken stop)
    {
        var (listed, data) = await recorder.TimeAsync(LoadOperations.Projects, () => graphql.RunAsync(target, apiKey, Projects, null, stop), stop);
        if (!listed)
        {
            return false;
        }

        var ids = data.GetProperty("projects").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        if (ids.Count == 0)
        {
            return true;
        }

        var id = ids[_random.Next(ids.Count)];
        var (read, _) = await recorder.TimeAsync(LoadOperations.Project, () => graphql.RunAsync(target, apiKey, Project, new { id }, stop), stop);
        return read;
    }

    private async Task<bool> ApproveAsync(CancellationToken stop)
    {
        var (listed, data) = await recorder.TimeAsync(LoadOperations.Approvals, () => graphql.RunAsync(target, apiKey, Approvals, null, stop), stop);
        if (!listed)
        {
            return false;
        }

        if (data.GetProperty("approvals").EnumerateArray().FirstOrDefault() is not { ValueKind: JsonValueKind.Object } newest)
        {
            return true;
        }

        var started = Stopwatch.GetTimestamp();
        var (decided, lostRace) = await recorder.TimeAsync(LoadOperations.DecideApproval, () => DecideAsync(newest.GetProperty("id").GetString(), stop), stop);
        if (lostRace)
        {
            recorder.Record(LoadOperations.DecideAlreadyDecided, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return decided;
    }

    /// <summary>Approves one approval; true when the server refused because it was decided since it was listed.</summary>
    private async Task<bool> DecideAsync(string? id, CancellationToken stop)
    {
        try
        {
            await graphql.RunAsync(target, apiKey, Decide, new { id }, stop);
            return false;
        }
        catch (LoadException refused) when (refused.Code == RefusalCodes.AlreadyDecided)
        {
            return true;
        }
    }

    private static CancellationTokenSource Bounded(CancellationToken stop)
    {
        var bound = CancellationTokenSource.CreateLinkedTokenSource(stop);
        bound.CancelAfter(EventTimeout);
        return bound;
    }
}
