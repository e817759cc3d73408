namespace OnlineService.Understanding.Tests;

/// <summary>A private copy of the real FAQ content that a test may edit.</summary>
internal sealed class TempFaqFolder : IDisposable
{
    public TempFaqFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "faq-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.FaqDirectory, "*.yaml"))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
