using System.Security.Cryptography;
using System.Text;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Supervisor;

/// <summary>
/// Idempotency keys for steps: the same work for the same message gets the same key, across
/// retries, restarts and a replan, so an agent that already applied it does not apply it again.
/// </summary>
public static class StepKeys
{
    public static string For(string recruiterKey, long messageSequence, PlanStep step, IReadOnlyDictionary<string, string> inputs, int occurrence = 0)
    {
        var canonical = new StringBuilder()
            .Append(recruiterKey).Append('\n')
            .Append(messageSequence).Append('\n')
            .Append(step.Agent).Append('\n')
            .Append(step.Action).Append('\n')
            .Append(occurrence).Append('\n');
        foreach (var (name, value) in inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            canonical.Append(name).Append('=').Append(value).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..16];
        return $"{recruiterKey}/m{messageSequence}/{step.Agent}.{step.Action}/{hash}";
    }
}
