using System.CommandLine;
using AssessAgent.Cli.Hosting;
using AssessAgent.Store.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace AssessAgent.Cli.Commands.Chat;

/// <summary>
/// <c>assessagent ask "QUESTION"</c>: one question about the stored assessments, answered on stdout with its
/// sources; with <c>--json</c>, <c>{answer, citations[], hasEvidence, answeredBy}</c>. An answer without evidence
/// is still a success (exit code 0); <c>hasEvidence</c> says so.
/// </summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("QUESTION")
        {
            Description = "The question, in quotes, or a slash command such as \"/stats question\" or \"/help\".",
        };
        question.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(text))
            {
                result.AddError("The question is empty; ask something, such as \"who answered the Redis " +
                    "question best?\".");
            }
            else if (ChatQuestions.Problem(text) is { } problem)
            {
                result.AddError(problem);
            }
        });
        var json = new Option<bool>("--json")
        {
            Description = "Print the answer as JSON: answer, citations, hasEvidence and answeredBy.",
        };
        var common = new CommonOptions { UsesStore = true };

        var command = new Command("ask",
            "Ask one question about the stored assessments. Answers come from a local Ollama model calling the " +
            "store's functions, or, without one, from search and structured queries; every answer cites the " +
            "assessments and questions it rests on.")
        {
            question, json,
        };
        common.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(
            ChatSettings.For(common, parseResult),
            common.IsVerbose(parseResult),
            (services, progress) => RunAsync(
                services,
                progress,
                parseResult.GetRequiredValue(question),
                parseResult.GetValue(json),
                cancellationToken)));

        return command;
    }

    private static async Task<int> RunAsync(
        IServiceProvider services,
        ProgressReporter progress,
        string question,
        bool json,
        CancellationToken cancellationToken)
    {
        var session = await services.GetRequiredService<IStoreChatFactory>().StartAsync(cancellationToken);
        if (session.Notice is { } notice)
        {
            progress.Notice(notice);
        }

        if (json)
        {
            var answer = await session.AskAsync(question, cancellationToken);
            await Console.Out.WriteLineAsync(AnswerPrinter.ToJson(answer));
        }
        else
        {
            await AnswerPrinter.StreamAsync(session, question, Console.Out, cancellationToken);
        }

        return ExitCodes.Success;
    }
}
