using EnvoyGateway.Dsl.Tool;

return Cli.Run(args, Console.Out, Console.Error);
