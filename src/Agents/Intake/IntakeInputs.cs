namespace Hiring.Agents.Intake;

/// <summary>
/// Input names of intake's steps. An apply-qualifications step lists each proposed qualification as
/// "q1" = its description; after the approval the recruiter's edits arrive merged in:
/// <list type="bullet">
/// <item>"approve": "all" (the default: every listed qualification), "none", or ids ("q1,q2").</item>
/// <item>"remove": ids to remove ("q3,q5").</item>
/// <item>"qN": new wording for qN; a value other than the proposed description is an edit, re-read and policy-checked.</item>
/// <item>"add": new requirements in the recruiter's words, separated by ";".</item>
/// </list>
/// Refused qualifications are never approved, whatever the inputs say.
/// </summary>
public static class IntakeInputs
{
    public const string Request = "request";

    /// <summary>The recruiter's answer to intake's question; "request" then holds what the question was about.</summary>
    public const string Answer = "answer";

    /// <summary>A change of the job spec (level, places, work arrangement) proposed with the qualifications, as JSON (<see cref="SpecChange"/>).</summary>
    public const string Spec = "spec";
    public const string Text = "text";
    public const string Project = "project";
    public const string Approve = "approve";
    public const string Remove = "remove";
    public const string Add = "add";
    public const string All = "all";
    public const string None = "none";

    /// <summary>Ids of a comma- or space-separated list, lower case.</summary>
    public static IReadOnlyList<string> Ids(string? value) =>
        [.. (value ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => id.ToLowerInvariant()).Distinct()];

    /// <summary>Whether an input name is a qualification id (q1, q2, …).</summary>
    public static bool IsQualificationId(string name) => name.Length > 1 && name[0] == 'q' && name.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>The recruiter's text of a step: the request, else the text input.</summary>
    public static string RequestText(IReadOnlyDictionary<string, string> inputs) =>
        inputs.GetValueOrDefault(Request) ?? inputs.GetValueOrDefault(Text) ?? "";
}
