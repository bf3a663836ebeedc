namespace Hiring.Contracts.Projects;

/// <summary>What a qualification is about, so the built-in evaluator knows where to look.</summary>
[GenerateSerializer, Alias("hiring.projects.qualification-category")]
public enum QualificationCategory
{
    /// <summary>Anything else; assessed by similarity to the profile's sentences.</summary>
    Other = 0,

    /// <summary>A skill or technology (Subject = canonical skill), optionally with years.</summary>
    Skill = 1,

    /// <summary>Years of experience overall or in a role family.</summary>
    Experience = 2,

    /// <summary>Having held a title or seniority (Subject = canonical title).</summary>
    Title = 3,

    /// <summary>Living in or able to work in a place (Subject = place).</summary>
    Location = 4,

    /// <summary>A degree or field of study (Subject = degree or field).</summary>
    Education = 5,

    /// <summary>A spoken language (Subject = language).</summary>
    Language = 6,
}
