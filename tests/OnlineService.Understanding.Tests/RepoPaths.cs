namespace OnlineService.Understanding.Tests;

/// <summary>Finds files of the repository and of shared/ from the test output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string FaqDirectory => Path.Combine(Root, "dialogs", "OnlineService.Dialogs", "content", "faq");

    /// <summary>shared/ sits beside the repository in every checkout and in CI.</summary>
    public static string DevSet => Path.Combine(Root, "..", "shared", "intents-dev.tsv");

    public static string HeldOut => Path.Combine(AppContext.BaseDirectory, "Data", "heldout.tsv");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OnlineService.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No OnlineService.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
