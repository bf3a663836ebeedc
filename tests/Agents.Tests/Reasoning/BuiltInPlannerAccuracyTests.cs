using Hiring.Agents.Reasoning.Planning;
using Hiring.Agents.Reasoning.Tasks;
using Hiring.Agents.Tests.Reasoning.Support;
using Hiring.Contracts.Planning;
using Xunit.Abstractions;

namespace Hiring.Agents.Tests.Reasoning;

/// <summary>
/// Intent accuracy of the built-in planner on phrasings that are not exemplars.
/// <see cref="Development"/> (137 phrasings) was used to choose the exemplars, cue words and cue boost
/// of prompts/builtin/intents.yaml: it holds two earlier held-out sets that were measured and then
/// tuned on (70.2% with cue words alone; 79.1% with delexicalization), so it guards against regressions only.
/// <see cref="HeldOut"/> (43 phrasings) was committed before the last round of tuning and measured
/// once afterwards: 93.0%. When it is next used to tune, write a new one.
/// </summary>
public sealed class BuiltInPlannerAccuracyTests(ITestOutputHelper output)
{
    private static readonly (string Message, PlanIntent Expected)[] HeldOut =
    [
        ("Marketing wants to bring on a content writer, can you open that up?", PlanIntent.StartProject),
        ("Please create a new hiring project: senior data analyst, Toronto", PlanIntent.StartProject),
        ("Kick things off for the store manager vacancy", PlanIntent.StartProject),
        ("Leadership experience isn't essential anymore", PlanIntent.RefineRequirements),
        ("Require at least one year of Kotlin", PlanIntent.RefineRequirements),
        ("Let's also accept candidates without a degree", PlanIntent.RefineRequirements),
        ("Find me backend developers who know Rust", PlanIntent.FindCandidates),
        ("Who do we have for a data engineering role in Austin?", PlanIntent.FindCandidates),
        ("Search for bilingual customer support agents", PlanIntent.FindCandidates),
        ("Show Elena's assessment", PlanIntent.ShowCandidate),
        ("Is Lucas a good match?", PlanIntent.ShowCandidate),
        ("Bring up the profile for candidate Okafor", PlanIntent.ShowCandidate),
        ("Draft a LinkedIn note to Okafor", PlanIntent.DraftOutreach),
        ("Can you reach out to the top three for me?", PlanIntent.DraftOutreach),
        ("Write an email inviting Lucas to chat", PlanIntent.DraftOutreach),
        ("Book a 30-minute screen with Okafor", PlanIntent.ScheduleScreen),
        ("Schedule Lucas for a call on Wednesday afternoon", PlanIntent.ScheduleScreen),
        ("Can you arrange a phone screen with Elena?", PlanIntent.ScheduleScreen),
        ("Prepare a few technical questions on distributed systems", PlanIntent.PrepareScreeningQuestions),
        ("What should I ask Okafor tomorrow?", PlanIntent.PrepareScreeningQuestions),
        ("Draft screening questions for the analyst role", PlanIntent.PrepareScreeningQuestions),
        ("Summarize the call transcript with Okafor", PlanIntent.SummarizeTranscript),
        ("Give me the main points from my interview with Lucas", PlanIntent.SummarizeTranscript),
        ("What did we learn from today's screening call?", PlanIntent.SummarizeTranscript),
        ("Enable autopilot on the analyst search", PlanIntent.AutopilotOn),
        ("Keep hunting for candidates overnight", PlanIntent.AutopilotOn),
        ("Disable the autopilot", PlanIntent.AutopilotOff),
        ("Stop the automatic overnight search", PlanIntent.AutopilotOff),
        ("What did you get done overnight?", PlanIntent.Overnight),
        ("Any updates from last night?", PlanIntent.Overnight),
        ("Catch me up on what you did while I was offline", PlanIntent.Overnight),
        ("Why did you reject Okafor?", PlanIntent.ExplainDecision),
        ("Why is Lucas no longer in the pipeline?", PlanIntent.ExplainDecision),
        ("Explain why you changed the qualifications", PlanIntent.ExplainDecision),
        ("Forget my preference for local candidates", PlanIntent.Forget),
        ("Delete everything you remember about the analyst role", PlanIntent.Forget),
        ("Please forget what I said about Okafor", PlanIntent.Forget),
        ("Hey, nice to meet you", PlanIntent.SmallTalk),
        ("Cheers, thanks!", PlanIntent.SmallTalk),
        ("Who am I talking to?", PlanIntent.SmallTalk),
        ("What's the weather going to be this weekend?", PlanIntent.Unknown),
        ("Write me a haiku about autumn", PlanIntent.Unknown),
        ("How do I cook risotto?", PlanIntent.Unknown),
    ];

    private static readonly (string Message, PlanIntent Expected)[] Development =
    [
        ("Can we get a search going for a payroll specialist?", PlanIntent.StartProject),
        ("Spin up a project for our open bartender role in Austin", PlanIntent.StartProject),
        ("Hiring manager wants a principal engineer for the platform team, let's get started", PlanIntent.StartProject),
        ("Make SQL optional", PlanIntent.RefineRequirements),
        ("The candidate has to be based in Seattle", PlanIntent.RefineRequirements),
        ("Add a requirement for security clearance", PlanIntent.RefineRequirements),
        ("Any good Ruby folks in Paris?", PlanIntent.FindCandidates),
        ("Let's see who's available for the DevOps role", PlanIntent.FindCandidates),
        ("Search for nurses with ICU experience", PlanIntent.FindCandidates),
        ("Show me the top candidate", PlanIntent.ShowCandidate),
        ("What's Omar's background?", PlanIntent.ShowCandidate),
        ("How strong is Elena for this role?", PlanIntent.ShowCandidate),
        ("Put together a first message for Elena", PlanIntent.DraftOutreach),
        ("Email the shortlisted candidates about next steps", PlanIntent.DraftOutreach),
        ("Write a follow-up note to Omar", PlanIntent.DraftOutreach),
        ("Please schedule an interview with Elena", PlanIntent.ScheduleScreen),
        ("Find a slot next week for a call with Omar", PlanIntent.ScheduleScreen),
        ("Set up a video screen with Lucas", PlanIntent.ScheduleScreen),
        ("I need interview questions for a data engineer", PlanIntent.PrepareScreeningQuestions),
        ("What should I ask Elena about leadership?", PlanIntent.PrepareScreeningQuestions),
        ("List a few questions to check their React skills", PlanIntent.PrepareScreeningQuestions),
        ("Summarise the interview I just did with Omar", PlanIntent.SummarizeTranscript),
        ("What came out of the screening call transcript?", PlanIntent.SummarizeTranscript),
        ("Recap my conversation with Elena", PlanIntent.SummarizeTranscript),
        ("Let the assistant source candidates automatically at night", PlanIntent.AutopilotOn),
        ("Activate autopilot", PlanIntent.AutopilotOn),
        ("Deactivate autopilot please", PlanIntent.AutopilotOff),
        ("Pause the nightly sourcing", PlanIntent.AutopilotOff),
        ("What's the overnight summary?", PlanIntent.Overnight),
        ("Did anything happen while I was gone?", PlanIntent.Overnight),
        ("Morning! What's new?", PlanIntent.Overnight),
        ("Why did you add Lucas to the pipeline?", PlanIntent.ExplainDecision),
        ("Why were these candidates picked?", PlanIntent.ExplainDecision),
        ("Explain your decision to drop Elena", PlanIntent.ExplainDecision),
        ("Forget my note about the salary range", PlanIntent.Forget),
        ("Clear what you remember about my hiring preferences", PlanIntent.Forget),
        ("Forget it, don't keep that in memory", PlanIntent.Forget),
        ("hello!", PlanIntent.SmallTalk),
        ("Thank you so much", PlanIntent.SmallTalk),
        ("How's it going?", PlanIntent.SmallTalk),
        ("What's the stock price of Apple?", PlanIntent.Unknown),
        ("Help me plan my vacation", PlanIntent.Unknown),
        ("Who won the election?", PlanIntent.Unknown),
        ("Our CFO signed off on a new controller position, can you get it going?", PlanIntent.StartProject),
        ("Time to recruit a head of people for the Munich office", PlanIntent.StartProject),
        ("I'd like to begin hiring for two junior QA testers", PlanIntent.StartProject),
        ("Position: Lead Mobile Developer. You will: ship our iOS app. You have: 6 years with Swift.", PlanIntent.StartProject),
        ("Candidates don't need a master's degree after all", PlanIntent.RefineRequirements),
        ("Bump the minimum experience to seven years", PlanIntent.RefineRequirements),
        ("Spanish fluency should be a requirement", PlanIntent.RefineRequirements),
        ("We can accept applicants from anywhere in Europe now", PlanIntent.RefineRequirements),
        ("Who's out there for a Kotlin role in Madrid?", PlanIntent.FindCandidates),
        ("Get me twenty SREs with Kubernetes", PlanIntent.FindCandidates),
        ("I'd like to see accountants in Dublin who are open to work", PlanIntent.FindCandidates),
        ("Look up cloud architects with Azure experience", PlanIntent.FindCandidates),
        ("Open Fatima's card", PlanIntent.ShowCandidate),
        ("Let me see the evidence for Diego", PlanIntent.ShowCandidate),
        ("How does Fatima stack up against the must-haves?", PlanIntent.ShowCandidate),
        ("Give me a rundown of candidate Nguyen", PlanIntent.ShowCandidate),
        ("Send Diego a short hello about the opening", PlanIntent.DraftOutreach),
        ("Can you write up a recruiting message for the top candidates", PlanIntent.DraftOutreach),
        ("Ping Fatima on LinkedIn about the job", PlanIntent.DraftOutreach),
        ("Line up an intro call with Diego next Tuesday", PlanIntent.ScheduleScreen),
        ("Get Fatima on my calendar for a screen", PlanIntent.ScheduleScreen),
        ("Could you organise a phone interview with Nguyen", PlanIntent.ScheduleScreen),
        ("Come up with questions that test SQL depth", PlanIntent.PrepareScreeningQuestions),
        ("I have a screen with Diego in an hour, what should I ask him?", PlanIntent.PrepareScreeningQuestions),
        ("Make me a screening questionnaire for the PM role", PlanIntent.PrepareScreeningQuestions),
        ("Here's the transcript from Fatima's interview, what are the takeaways?", PlanIntent.SummarizeTranscript),
        ("Boil down my notes from the call with Nguyen", PlanIntent.SummarizeTranscript),
        ("Give me a short summary of yesterday's screen with Diego", PlanIntent.SummarizeTranscript),
        ("Run the search automatically every night", PlanIntent.AutopilotOn),
        ("Put this project on autopilot", PlanIntent.AutopilotOn),
        ("Turn the autopilot off for the QA role", PlanIntent.AutopilotOff),
        ("Stop searching while I'm away", PlanIntent.AutopilotOff),
        ("So, what happened last night?", PlanIntent.Overnight),
        ("Brief me on the overnight results", PlanIntent.Overnight),
        ("What's been going on since Friday?", PlanIntent.Overnight),
        ("Why was Nguyen moved to screening?", PlanIntent.ExplainDecision),
        ("What was your reasoning for rejecting Diego?", PlanIntent.ExplainDecision),
        ("Why did you message Fatima without asking?", PlanIntent.ExplainDecision),
        ("Forget what I told you about salary bands", PlanIntent.Forget),
        ("Please delete your memory of my feedback on Diego", PlanIntent.Forget),
        ("Stop remembering that I dislike recruiters from agencies", PlanIntent.Forget),
        ("Hiya", PlanIntent.SmallTalk),
        ("Many thanks!", PlanIntent.SmallTalk),
        ("good afternoon, assistant", PlanIntent.SmallTalk),
        ("What's 17 times 23?", PlanIntent.Unknown),
        ("Can you fix my printer?", PlanIntent.Unknown),
        ("tell me a joke", PlanIntent.Unknown),
        ("We just got approval to hire a head of finance", PlanIntent.StartProject),
        ("Can you set up a new position: QA engineer, remote", PlanIntent.StartProject),
        ("I've got a new req for a cloud architect", PlanIntent.StartProject),
        ("Senior Data Engineer. Responsibilities: build pipelines in Spark. Requirements: 5 years of Python and SQL. Benefits: equity.", PlanIntent.StartProject),
        ("Let's open a position for a customer success lead", PlanIntent.StartProject),
        ("Actually, Go experience should be mandatory", PlanIntent.RefineRequirements),
        ("Let's make the role hybrid instead of onsite", PlanIntent.RefineRequirements),
        ("Lower the experience requirement to 2 years", PlanIntent.RefineRequirements),
        ("Add Terraform as a nice-to-have skill", PlanIntent.RefineRequirements),
        ("Look for staff backend engineers in London", PlanIntent.FindCandidates),
        ("Can you find me some Python developers open to new roles", PlanIntent.FindCandidates),
        ("Search the pool for nurses in Chicago", PlanIntent.FindCandidates),
        ("Show me five data scientists with NLP experience", PlanIntent.FindCandidates),
        ("Pull up the details on candidate Rodriguez", PlanIntent.ShowCandidate),
        ("How well does Kim match the requirements?", PlanIntent.ShowCandidate),
        ("Tell me about Jamal", PlanIntent.ShowCandidate),
        ("Write Jamal a note inviting him to apply", PlanIntent.DraftOutreach),
        ("Draft an intro email to the three best candidates", PlanIntent.DraftOutreach),
        ("Can you compose a LinkedIn message for Kim", PlanIntent.DraftOutreach),
        ("Set up a screening call with Kim for Friday", PlanIntent.ScheduleScreen),
        ("Please book time with Jamal for a phone interview", PlanIntent.ScheduleScreen),
        ("Get a 20 minute screen on the calendar with Rodriguez", PlanIntent.ScheduleScreen),
        ("What questions should I ask about their Kafka experience?", PlanIntent.PrepareScreeningQuestions),
        ("Create an interview guide for Jamal's screen", PlanIntent.PrepareScreeningQuestions),
        ("Give me three questions to assess stakeholder management", PlanIntent.PrepareScreeningQuestions),
        ("Summarize my screening call notes with Kim", PlanIntent.SummarizeTranscript),
        ("Can you give me the gist of this interview transcript", PlanIntent.SummarizeTranscript),
        ("Sum up what Jamal said in the phone screen", PlanIntent.SummarizeTranscript),
        ("Switch autopilot on for the data engineer search", PlanIntent.AutopilotOn),
        ("Please keep sourcing for me tonight", PlanIntent.AutopilotOn),
        ("Switch off autopilot", PlanIntent.AutopilotOff),
        ("Stop the overnight sourcing for this role", PlanIntent.AutopilotOff),
        ("What did I miss while I was asleep?", PlanIntent.Overnight),
        ("Give me an update on last night's activity", PlanIntent.Overnight),
        ("Anything new since I logged off?", PlanIntent.Overnight),
        ("Why did you skip Rodriguez?", PlanIntent.ExplainDecision),
        ("Explain why Kim was rejected", PlanIntent.ExplainDecision),
        ("What made you change the search query?", PlanIntent.ExplainDecision),
        ("Please forget that I like candidates from startups", PlanIntent.Forget),
        ("Forget everything about the sales role", PlanIntent.Forget),
        ("Wipe your memory of my notes about Jamal", PlanIntent.Forget),
        ("hey there!", PlanIntent.SmallTalk),
        ("thanks, you're the best", PlanIntent.SmallTalk),
        ("good evening", PlanIntent.SmallTalk),
        ("what's the score of the football game", PlanIntent.Unknown),
        ("translate this sentence into French", PlanIntent.Unknown),
        ("recommend a good restaurant nearby", PlanIntent.Unknown),
    ];

    [Fact]
    public void EachSetCoversEveryIntentWithAtLeastFortyPhrasingsThatAreNotExemplars()
    {
        var exemplars = TestResources.Catalog.Intents.SelectMany(i => i.Spec.Exemplars).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var set in new[] { HeldOut, Development })
        {
            Assert.True(set.Length >= 40);
            Assert.Equal(Enum.GetValues<PlanIntent>().ToHashSet(), set.Select(h => h.Expected).ToHashSet());
            Assert.DoesNotContain(set, h => exemplars.Contains(h.Message));
        }
    }

    [Fact]
    public Task BuiltInPlannerRecognisesAtLeastNinetyPercentOfHeldOutPhrasings() => AssertAccuracyAsync(HeldOut, 0.9);

    [Fact]
    public Task BuiltInPlannerStillRecognisesNinetyFivePercentOfTheDevelopmentPhrasings() => AssertAccuracyAsync(Development, 0.95);

    private async Task AssertAccuracyAsync((string Message, PlanIntent Expected)[] set, double floor)
    {
        var misses = new List<string>();
        foreach (var (message, expected) in set)
        {
            var plan = await TestResources.Planner.RunAsync(new PlanRequest(message), ReasoningContext.None);
            if (plan.Intent != expected)
            {
                misses.Add($"\"{message}\": expected {expected}, got {plan.Intent} ({plan.Confidence:0.00})");
            }
        }

        var accuracy = 1.0 - ((double)misses.Count / set.Length);
        output.WriteLine($"accuracy {accuracy:P1} on {set.Length} phrasings");
        misses.ForEach(output.WriteLine);
        Assert.True(accuracy >= floor, $"accuracy {accuracy:P1}; misses:\n{string.Join('\n', misses)}");
    }
}
