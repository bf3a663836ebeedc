namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>basics.location</c>.</summary>
public sealed class JsonResumeLocation
{
    public string? City { get; set; }

    public string? Region { get; set; }

    public string? CountryCode { get; set; }
}
