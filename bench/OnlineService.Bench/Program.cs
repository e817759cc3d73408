using OnlineService.Bench;

// Usage: understanding FILE.tsv [--misses]
if (args.Length < 2 || args[0] != "understanding")
{
    await Console.Error.WriteLineAsync("usage: OnlineService.Bench understanding FILE.tsv [--misses]   (FILE lines: intent<TAB>text)");
    return 2;
}

if (!File.Exists(args[1]))
{
    await Console.Error.WriteLineAsync($"File not found: {Path.GetFullPath(args[1])}");
    return 2;
}

var report = UnderstandingBenchmark.Run(args[1], showMisses: args.Contains("--misses"));
Console.Write(report);
return 0;
