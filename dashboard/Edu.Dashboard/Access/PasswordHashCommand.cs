namespace Edu.Dashboard.Access;

/// <summary>«hash-password»: reads a password from standard input and prints its hash for the Users section.</summary>
public static class PasswordHashCommand
{
    public static bool TryRun(string[] args)
    {
        if (args is not ["hash-password", ..]) return false;
        Console.Error.WriteLine("Введите пароль и нажмите Enter:");
        var password = Console.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("Пароль пуст.");
            Environment.ExitCode = 1;
            return true;
        }
        Console.WriteLine(UserDirectory.Hash(password));
        return true;
    }
}
