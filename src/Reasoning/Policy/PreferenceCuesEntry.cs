namespace Hiring.Reasoning.Policy;

/// <summary>policy.yaml "preferences": what makes words in a message a preference, and what goes with them when they are taken out.</summary>
public sealed class PreferenceCuesEntry
{
    public int WindowBefore { get; set; }

    public int WindowAfter { get; set; }

    public string RestrictBefore { get; set; } = "";

    public string Excluding { get; set; } = "";

    public string RestrictAfter { get; set; } = "";

    public string Select { get; set; } = "";

    public string Adverse { get; set; } = "";

    public string Lifted { get; set; } = "";

    public string Justification { get; set; } = "";

    /// <summary>
    /// A sentence or clause that only insists on the refused one, or says how widely it holds ("doesn't matter what the role is",
    /// "no exceptions"): nothing to go on with once that is out (empty: none).
    /// </summary>
    public string Insistence { get; set; } = "";

    /// <summary>Words that make the opening of a sentence a statement about people rather than a request for them.</summary>
    public string Statement { get; set; } = "";

    public string Lead { get; set; } = "";

    public string Modifier { get; set; } = "";

    public string Person { get; set; } = "";

    public List<string> Courtesy { get; set; } = [];

    public List<string> Filler { get; set; } = [];

    /// <summary>Words that only name the role a message is about ("for the Toronto payroll role", "for this one"): nothing to do on their own.</summary>
    public string Reference { get; set; } = "";

    /// <summary>Who wishes and the verbs they wish with ("the client wants", "der Chef hätte gern"): nothing once their object is out.</summary>
    public List<string> Wishes { get; set; } = [];
}
