using Hiring.Contracts.Planning;

namespace Hiring.Reasoning.Planning;

/// <summary>Input names of plan steps, and the slot values every step receives.</summary>
public static class StepInputs
{
    public const string Request = "request";
    public const string Text = "text";
    public const string Titles = "titles";
    public const string Skills = "skills";
    public const string Locations = "locations";
    public const string Seniority = "seniority";
    public const string Years = "years";
    public const string Count = "count";
    public const string Candidate = "candidate";
    public const string Subject = "subject";
    public const string Project = "project";

    /// <summary>The recruiter's answer to the open question; "request" then holds the message the question was about.</summary>
    public const string Answer = "answer";

    /// <summary>The candidates the open question showed, comma-separated in the order shown.</summary>
    public const string Shown = "shown";

    /// <summary>The recruiter's message and each filled slot, lists comma-separated.</summary>
    public static Dictionary<string, string> From(string message, RequestSlots slots)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal) { [Request] = message };
        AddList(inputs, Titles, slots.Titles);
        AddList(inputs, Skills, slots.Skills);
        AddList(inputs, Locations, slots.Locations);
        AddValue(inputs, Seniority, slots.Seniority);
        AddValue(inputs, Years, slots.Years?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddValue(inputs, Count, slots.Count?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddValue(inputs, Candidate, slots.Candidate);
        AddValue(inputs, Subject, slots.Subject);
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
