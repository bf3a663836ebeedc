namespace Hiring.Evals.Suites.Spec;

/// <summary>
/// How the suites put titles and skills in canonical form before comparing them, so "SRE" and
/// "site reliability engineer" compare equal. One seam: re-point it when the product's understanding changes.
/// </summary>
public interface ICanonicalizer
{
    string Title(string title);

    string Skill(string skill);
}
