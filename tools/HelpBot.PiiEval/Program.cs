using HelpBot.PiiEval;

return await EvalCommand.RunAsync(args, Console.Out, Console.Error);
