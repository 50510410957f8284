namespace Edu.Cli;

internal static class CommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("Команда не реализована.");
        return Task.FromResult(1);
    }
}
