using AssessAgent.Reading.Common;
using AssessAgent.Transcripts;

namespace AssessAgent.Tests.Reading;

public sealed class SectionNamesTests
{
    [Theory]
    [InlineData("Wrap Up", SectionKind.WrapUp)]
    [InlineData("Wrap-up", SectionKind.WrapUp)]
    [InlineData("Closing", SectionKind.WrapUp)]
    [InlineData("System Design", SectionKind.SystemDesign)]
    [InlineData("system-design round", SectionKind.SystemDesign)]
    [InlineData("Technical Questions", SectionKind.Technical)]
    [InlineData("Behavioural", SectionKind.Behavioral)]
    [InlineData("Screening", SectionKind.Screening)]
    [InlineData("Part 1: Introduction", SectionKind.Screening)]
    [InlineData("Lunch chat", SectionKind.Other)]
    public void ToKind_UsualSectionName_MapsToKind(string name, SectionKind expected) =>
        Assert.Equal(expected, SectionNames.ToKind(name));

    [Theory]
    [InlineData("Tell me about yourself.", SectionKind.Screening)]
    [InlineData("Why this role, and why now?", SectionKind.Screening)]
    [InlineData("Tell me about a time you disagreed with your manager.", SectionKind.Behavioral)]
    [InlineData("Describe a situation where you had to cut scope.", SectionKind.Behavioral)]
    [InlineData("Design a URL shortener.", SectionKind.SystemDesign)]
    [InlineData("How would you architect a chat service?", SectionKind.SystemDesign)]
    [InlineData("How would it scale to millions of users?", SectionKind.SystemDesign)]
    [InlineData("Do you have any questions for us?", SectionKind.WrapUp)]
    [InlineData("Is there anything else you'd like to share about your experience?", SectionKind.WrapUp)]
    [InlineData("What is the difference between a mutex and a semaphore?", SectionKind.Technical)]
    public void Classify_QuestionWithCue_GivesSection(string question, SectionKind expected) =>
        Assert.Equal(expected, SectionClassifier.Classify(question));
}
