using WebMessaging.Cli;
using WebMessaging.Cli.Running;

return await new CliApplication(CliIo.FromProcess(), new ScriptedPageRunner()).RunAsync(args).ConfigureAwait(false);
