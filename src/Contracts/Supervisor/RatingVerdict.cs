namespace Hiring.Contracts.Supervisor;

/// <summary>A recruiter's thumbs on a candidate.</summary>
[GenerateSerializer, Alias("hiring.supervisor.rating-verdict")]
public enum RatingVerdict
{
    /// <summary>Looks right: more like this one.</summary>
    Up = 0,

    /// <summary>Not a fit.</summary>
    Down = 1,
}
