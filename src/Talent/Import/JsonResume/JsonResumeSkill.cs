namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>skills[]</c>: a named area and its keywords.</summary>
public sealed class JsonResumeSkill
{
    public string? Name { get; set; }

    public List<string>? Keywords { get; set; }
}
