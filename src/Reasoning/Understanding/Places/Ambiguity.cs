namespace Hiring.Reasoning.Understanding.Places;

/// <summary>How much evidence a place name needs before it is read as a place (places/ambiguous.txt).</summary>
public enum Ambiguity
{
    /// <summary>A place name and nothing else ("Hamburg").</summary>
    None,

    /// <summary>Also a person's name ("Austin"): never after "with", "ask", …, nor before another capitalized name.</summary>
    Name,

    /// <summary>Also an everyday word ("Reading", "Nice"): only after a cue, with a capital, or with a qualifier.</summary>
    Word,

    /// <summary>Also a skill or product ("Spring", "Phoenix"): only after a strong cue or with a qualifier.</summary>
    Skill,

    /// <summary>Also a month ("March"): "in March" is a date, so only a strong cue ("based in") or a qualifier makes it a place.</summary>
    Date,
}
