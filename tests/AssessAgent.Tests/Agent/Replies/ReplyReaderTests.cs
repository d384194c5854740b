using AssessAgent.Agent.Replies;

namespace AssessAgent.Tests.Agent.Replies;

public sealed class ReplyReaderTests
{
    [Theory]
    [InlineData("{\"score\": 70}")]
    [InlineData("```json\n{\"score\": 70}\n```")]
    [InlineData("```\n{\"score\": 70}\n```\nHope this helps!")]
    [InlineData("<think>Maybe {\"score\": 10}? No.</think>\n{\"score\": 70}")]
    [InlineData("Here you go {not json} and then {\"score\": 70} done.")]
    public void TryRead_WrappedObject_ReadsTheObject(string reply)
    {
        Assert.True(ReplyReader.TryRead(reply, out var value, out _));

        Assert.Equal(70, value.GetProperty("score").GetInt32());
    }

    [Fact]
    public void TryRead_BackticksAndBracesInsideStrings_DoNotEndTheObject()
    {
        const string reply =
            "```json\n{\"reasoning\": \"Use ``` fences and a } brace and \\\"quotes\\\"\", \"score\": 5}\n```";

        Assert.True(ReplyReader.TryRead(reply, out var value, out _));

        Assert.Equal("Use ``` fences and a } brace and \"quotes\"", value.GetProperty("reasoning").GetString());
        Assert.Equal(5, value.GetProperty("score").GetInt32());
    }

    [Theory]
    [InlineData("", "holds no JSON object")]
    [InlineData("The score is eighty.", "holds no JSON object")]
    [InlineData("{\"score\": 80, \"reasoning\": ", "not valid JSON")]
    [InlineData("<think>{\"score\": 80} still thinking", "never ends")]
    public void TryRead_NoCompleteObject_SaysWhy(string reply, string reason)
    {
        Assert.False(ReplyReader.TryRead(reply, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
