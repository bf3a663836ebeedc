namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>Where a request's title came from.</summary>
public enum TitleOrigin
{
    /// <summary>A title of the vocabulary, as written or by one of its forms.</summary>
    Vocabulary,

    /// <summary>
    /// The vocabulary title nearest the recruiter's phrase in meaning (MiniLM), or the one title the work word of
    /// "backend folks" names (<see cref="Titles.PeopleWordTitles"/>): inferred, not written.
    /// </summary>
    Nearest,

    /// <summary>The recruiter's own noun phrase: nothing in the vocabulary fits.</summary>
    Phrase,

    /// <summary>
    /// A skill or product the recruiter named before a title's head ("Guidewire developer",
    /// "Terraform engineer"): the recruiter's own title, never replaced by a nearer generic one.
    /// </summary>
    Compound,
}
