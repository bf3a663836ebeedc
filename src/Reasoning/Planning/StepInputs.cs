using Hiring.Contracts.Planning;

namespace Hiring.Reasoning.Planning;

/// <summary>The values every planned step receives: the recruiter's message and the slots read from it (names from <see cref="StepValueNames"/>).</summary>
public static class StepInputs
{
    /// <summary>The recruiter's message and each filled slot, lists comma-separated.</summary>
    public static Dictionary<string, string> From(string message, RequestSlots slots)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal) { [StepValueNames.Request] = message };
        AddList(inputs, StepValueNames.Titles, slots.Titles);
        AddList(inputs, StepValueNames.Skills, slots.Skills);
        AddList(inputs, StepValueNames.Locations, slots.Locations);
        AddValue(inputs, StepValueNames.Seniority, slots.Seniority);
        AddValue(inputs, StepValueNames.Years, slots.Years?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddValue(inputs, StepValueNames.Count, slots.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddValue(inputs, StepValueNames.Candidate, slots.Candidate);
        AddValue(inputs, StepValueNames.Subject, slots.Subject);
        return inputs;
    }

    private static void AddList(Dictionary<string, string> inputs, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            inputs[name] = string.Join(", ", values);
        }
    }

    private static void AddValue(Dictionary<string, string> inputs, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            inputs[name] = value;
        }
    }
}
