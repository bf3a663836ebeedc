using Hiring.Contracts.Talent;

namespace Hiring.Agents.Tests.Talent;

/// <summary>Hand-built profiles for talent tests: only what a test states is set.</summary>
internal sealed class ProfileBuilder(string id)
{
    private static readonly DateTimeOffset Stored = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<Experience> _experiences = [];
    private readonly List<Education> _education = [];
    private readonly List<string> _skills = [];
    private string _name = $"Person {id}";
    private string _headline = "";
    private string? _summary;
    private Location _location = new("Springfield", "", "US");
    private bool _openToWork;

    public static ProfileBuilder Person(string id) => new(id);

    public ProfileBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public ProfileBuilder Headline(string headline)
    {
        _headline = headline;
        return this;
    }

    public ProfileBuilder Summary(string summary)
    {
        _summary = summary;
        return this;
    }

    public ProfileBuilder LivesIn(string city, string region, string country)
    {
        _location = new Location(city, region, country);
        return this;
    }

    /// <summary>A role; add the newest last or first, order does not matter.</summary>
    public ProfileBuilder Worked(string company, string title, DateOnly start, DateOnly? end = null, string description = "")
    {
        _experiences.Add(new Experience(company, title, start, end, description));
        return this;
    }

    public ProfileBuilder Studied(string school, string degree = "BSc", string field = "")
    {
        _education.Add(new Education(school, degree, field, null, null));
        return this;
    }

    public ProfileBuilder Skills(params string[] skills)
    {
        _skills.AddRange(skills);
        return this;
    }

    public ProfileBuilder OpenToWork()
    {
        _openToWork = true;
        return this;
    }

    public CandidateProfile Build(ProfileSource? source = null) => new(
        id,
        _name,
        _headline,
        _location,
        [.. _experiences.OrderByDescending(e => e.Start)],
        _education,
        _skills,
        _openToWork,
        Stored,
        source ?? ProfileSource.Public(),
        Stored,
        _summary);
}
