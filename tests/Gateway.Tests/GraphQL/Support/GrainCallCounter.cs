using System.Collections.Concurrent;

namespace Hiring.Gateway.Tests.GraphQL.Support;

/// <summary>Counts the calls grains receive, by grain key and method, so a test can say how many calls a query made.</summary>
public sealed class GrainCallCounter : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<(string Key, string Method), int> _calls = new();

    /// <summary>Calls of that method received by grains of that key (tenant/id).</summary>
    public int Count(string grainKey, string method) => _calls.GetValueOrDefault((grainKey, method));

    public Task Invoke(IIncomingGrainCallContext context)
    {
        _calls.AddOrUpdate((context.TargetId.Key.ToString()!, context.MethodName), 1, (_, n) => n + 1);
        return context.Invoke();
    }
}
