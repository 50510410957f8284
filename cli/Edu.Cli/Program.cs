return await Edu.Cli.CommandLine.RunAsync(args);
