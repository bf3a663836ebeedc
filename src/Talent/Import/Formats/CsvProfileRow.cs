using CsvHelper;

namespace Hiring.Talent.Import.Formats;

/// <summary>One CSV row; every column but <c>name</c> is optional. The columns are documented in Import/README.md.</summary>
[CsvRecord]
public sealed partial class CsvProfileRow
{
    [CsvColumn("name")]
    public string? Name { get; set; }

    [CsvColumn("email", Optional = true)]
    public string? Email { get; set; }

    [CsvColumn("phone", Optional = true)]
    public string? Phone { get; set; }

    [CsvColumn("headline", Optional = true)]
    public string? Headline { get; set; }

    [CsvColumn("summary", Optional = true)]
    public string? Summary { get; set; }

    [CsvColumn("city", Optional = true)]
    public string? City { get; set; }

    [CsvColumn("region", Optional = true)]
    public string? Region { get; set; }

    [CsvColumn("country", Optional = true)]
    public string? Country { get; set; }

    [CsvColumn("skills", Optional = true)]
    public string? Skills { get; set; }

    [CsvColumn("open_to_work", Optional = true)]
    public string? OpenToWork { get; set; }

    [CsvColumn("last_active", Optional = true)]
    public string? LastActive { get; set; }

    [CsvColumn("title", Optional = true)]
    public string? Title { get; set; }

    [CsvColumn("company", Optional = true)]
    public string? Company { get; set; }

    [CsvColumn("start", Optional = true)]
    public string? Start { get; set; }

    [CsvColumn("end", Optional = true)]
    public string? End { get; set; }

    [CsvColumn("experiences", Optional = true)]
    public string? Experiences { get; set; }

    [CsvColumn("school", Optional = true)]
    public string? School { get; set; }

    [CsvColumn("degree", Optional = true)]
    public string? Degree { get; set; }

    [CsvColumn("field", Optional = true)]
    public string? Field { get; set; }

    [CsvColumn("start_year", Optional = true)]
    public string? StartYear { get; set; }

    [CsvColumn("end_year", Optional = true)]
    public string? EndYear { get; set; }
}
