using System.Collections.Concurrent;
using Hiring.Contracts.Agents;
using Hiring.Contracts.Supervisor;

namespace Hiring.Agents.Tests.Supervisor.Doubles;

/// <summary>
/// What the scripted agents of one tenant do: fail, refuse or block on chosen actions. Tests use
/// their own tenant, so scripts never interfere. Static so it outlives a cluster restart.
/// </summary>
public sealed class AgentScript
{
    private static readonly ConcurrentDictionary<string, AgentScript> Scripts = new();
    private readonly ConcurrentDictionary<string, int> _failuresLeft = new();
    private readonly ConcurrentDictionary<string, string> _refusals = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _holdsAfterApply = new();
    private readonly ConcurrentBag<TaskCompletionSource> _holding = [];
    private readonly ConcurrentDictionary<string, IReadOnlyList<Contracts.Planning.PlanStep>> _followUps = new();
    private readonly ConcurrentDictionary<string, string> _questions = new();
    private readonly ConcurrentDictionary<string, TimeSpan> _waits = new();

    public static AgentScript For(string tenant) => Scripts.GetOrAdd(tenant, _ => new AgentScript());

    /// <summary>Every real application, in order: (agent, action, idempotency key).</summary>
    public ConcurrentQueue<(string Agent, string Action, string Key)> Applications { get; } = new();

    /// <summary>Every real application's command, in order, for tests that look at the inputs a step received.</summary>
    public ConcurrentQueue<StepCommand> Commands { get; } = new();

    /// <summary>Completes when a step is being held mid-way.</summary>
    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public AgentScript Fail(string action, int times)
    {
        _failuresLeft[action] = times;
        return this;
    }

    /// <summary>After <paramref name="action"/>, ask the supervisor to run <paramref name="steps"/> next (once).</summary>
    public AgentScript FollowWith(string action, params Contracts.Planning.PlanStep[] steps)
    {
        _followUps[action] = steps;
        return this;
    }

    /// <summary>Answer <paramref name="action"/> with a question for the recruiter.</summary>
    public AgentScript Ask(string action, string question)
    {
        _questions[action] = question;
        return this;
    }

    public IReadOnlyList<Contracts.Planning.PlanStep>? TakeFollowUps(string action) => _followUps.TryRemove(action, out var steps) ? steps : null;

    public string? QuestionFor(string action) => _questions.GetValueOrDefault(action);

    /// <summary>Answer <paramref name="action"/> only after <paramref name="wait"/> of real time, like a slow model call.</summary>
    public AgentScript Slow(string action, TimeSpan wait)
    {
        _waits[action] = wait;
        return this;
    }

    public AgentScript Refuse(string action, string reason)
    {
        _refusals[action] = reason;
        return this;
    }

    /// <summary>Hold the first run of <paramref name="action"/> mid-step, before it is applied, until released or the silo dies.</summary>
    public AgentScript HoldWhileApplying(string action)
    {
        _holdsAfterApply[action] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return this;
    }

    public void Release()
    {
        foreach (var hold in _holdsAfterApply.Values.Concat(_holding))
        {
            hold.TrySetResult();
        }

        _holdsAfterApply.Clear();
    }

    public Task BeforeApplyAsync(string agent, StepCommand command)
    {
        if (_refusals.TryGetValue(command.Action, out var reason))
        {
            throw new AssistantRefusalException(RefusalCodes.NotAvailable, reason);
        }

        if (_failuresLeft.TryGetValue(command.Action, out var left) && left > 0)
        {
            _failuresLeft[command.Action] = left - 1;
            throw new InvalidOperationException($"{agent} is down");
        }

        return Task.CompletedTask;
    }

    public void RecordApplication(string agent, StepCommand command)
    {
        Applications.Enqueue((agent, command.Action, command.IdempotencyKey));
        Commands.Enqueue(command);
    }

    public async Task WhileApplyingAsync(StepCommand command, CancellationToken cancellationToken)
    {
        if (_waits.TryGetValue(command.Action, out var wait))
        {
            await Task.Delay(wait, cancellationToken);
        }

        if (_holdsAfterApply.TryRemove(command.Action, out var hold))
        {
            _holding.Add(hold);
            Holding.TrySetResult();
            await hold.Task.WaitAsync(cancellationToken);
        }
    }
}
