namespace Hiring.Contracts.Evaluation;

/// <summary>A constraint of the job spec that filters candidates rather than scoring them.</summary>
[GenerateSerializer, Alias("hiring.evaluation.constraint-kind")]
public enum ConstraintKind
{
    /// <summary>Where the person lives, against the spec's places and remote scope.</summary>
    Location = 0,

    /// <summary>The current title's level and track (individual contributor or management), against the spec's seniority.</summary>
    Level = 1,

    /// <summary>The current title against the role's title: the title or a synonym meets it; a title of the same family is adjacent (Partial).</summary>
    Title = 2,
}
