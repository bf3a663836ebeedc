using Hiring.Contracts.Projects;

namespace Hiring.Reasoning.Policy;

/// <summary>The responsible-AI check every qualification passes before it can be approved.</summary>
public interface IQualificationPolicy
{
    PolicyVerdict Check(string text);
}
