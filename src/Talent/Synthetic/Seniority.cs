namespace Hiring.Talent.Synthetic;

/// <summary>Career levels, in the order people climb them.</summary>
public enum Seniority
{
    Junior = 0,
    Mid = 1,
    Senior = 2,
    Staff = 3,
    Manager = 4,
    Director = 5,
}
