namespace Hiring.Contracts.Learning;

/// <summary>The kinds of change learning may propose to a project's qualifications.</summary>
[GenerateSerializer, Alias("hiring.learning.change")]
public enum LearningChange
{
    /// <summary>Add a skill the accepted candidates share as a nice-to-have.</summary>
    AddNiceToHave = 0,

    /// <summary>Make a nice-to-have that predicts acceptance a must-have (weight it higher).</summary>
    MakeMustHave = 1,

    /// <summary>A must-have the accepted candidates rarely meet becomes a nice-to-have.</summary>
    MakeNiceToHave = 2,

    /// <summary>A must-have none of the accepted candidates meet is dropped.</summary>
    Drop = 3,
}
