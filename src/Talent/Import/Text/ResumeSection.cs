namespace Hiring.Talent.Import.Text;

/// <summary>The parts of a resume the parser tells apart.</summary>
public enum ResumeSection
{
    /// <summary>Everything before the first heading: name, headline, contact details.</summary>
    Header = 0,
    Summary = 1,
    Experience = 2,
    Education = 3,
    Skills = 4,

    /// <summary>A heading we recognise but do not import (languages, projects, …); it ends the section before it.</summary>
    Other = 5,
}
