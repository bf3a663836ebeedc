namespace Hiring.Reasoning.Policy;

/// <summary>
/// The responsible-AI check every recruiter message passes before it is planned: a preference for or
/// against a protected attribute (or a proxy of one) anywhere in the message is found, named and
/// taken out, so the rest of the message can go on without it.
/// </summary>
public interface IMessagePolicy
{
    MessageScreening Screen(string message);
}
