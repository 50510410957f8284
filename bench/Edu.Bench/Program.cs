return Edu.Bench.BenchCommand.Run(args);
