using EnvoyGateway.Dsl.Hosting;
using EnvoyGateway.Dsl.Tool;

// The process, not Cli.Run: the tests run the commands in their own host.
ShortLivedProcess.SuspendCollections();
return Cli.Run(args, Console.In, Console.Out, Console.Error);
