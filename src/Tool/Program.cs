using EnvoyGateway.Dsl.Tool;

return Cli.Run(args, Console.In, Console.Out, Console.Error);
