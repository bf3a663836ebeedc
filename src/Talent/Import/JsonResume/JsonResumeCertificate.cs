namespace Hiring.Talent.Import.JsonResume;

/// <summary>JSON Resume <c>certificates[]</c>.</summary>
public sealed class JsonResumeCertificate
{
    public string? Name { get; set; }

    public string? Issuer { get; set; }

    public string? Date { get; set; }
}
