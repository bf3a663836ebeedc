namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>basics</c>.</summary>
public sealed class JsonResumeBasics
{
    public string? Name { get; set; }

    public string? Label { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Summary { get; set; }

    public JsonResumeLocation? Location { get; set; }
}
