using OnlineService.Bench;
using OnlineService.Bench.Load;

// Usage:
//   understanding FILE.tsv [--misses]   accuracy, confusions and latency on intent<TAB>text lines
//   understanding-cv [FOLDS]            k-fold cross-validation on the embedded training corpus
//   faq DIR [QUERY]                     render the FAQ content with sample facts, or search it
//   wechat-load [--smoke] [options]     the gateway against raw Kestrel under signed WeChat pushes (bench/README.md)
//   directline-load [--smoke] [options] concurrent Direct Line WebSocket conversations (bench/README.md)
switch (args)
{
    case ["understanding", var path, ..]:
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"File not found: {Path.GetFullPath(path)}");
            return 2;
        }

        Console.Write(UnderstandingBenchmark.Run(path, showMisses: args.Contains("--misses")));
        return 0;
    case ["understanding-cv", ..]:
        var folds = args.Length > 1 && int.TryParse(args[1], out var parsed) && parsed >= 2 ? parsed : 5;
        Console.Write(CrossValidation.Run(folds));
        return 0;
    case ["faq", var directory, ..]:
        Console.Write(FaqPreview.Run(directory, args.Length > 2 ? string.Join(' ', args[2..]) : null));
        return 0;
    case ["wechat-load", .. var options]:
    {
        var loadArgs = BenchArguments.Parse(options, WeChatLoadSettings.Options, new HashSet<string>(["--smoke"]));
        var report = await WeChatLoadBenchmark.RunAsync(WeChatLoadSettings.From(loadArgs, loadArgs.Has("--smoke")), Console.Error, CancellationToken.None);
        Console.Write(report.Table);
        return report.Audit.IsCorrect ? 0 : 1;
    }
    case ["directline-load", .. var options]:
    {
        var loadArgs = BenchArguments.Parse(options, DirectLineLoadSettings.Options, new HashSet<string>(["--smoke"]));
        var report = await DirectLineLoadBenchmark.RunAsync(DirectLineLoadSettings.From(loadArgs, loadArgs.Has("--smoke")), Console.Error, CancellationToken.None);
        Console.Write(report.Table);
        return report.IsCorrect ? 0 : 1;
    }
    default:
        await Console.Error.WriteLineAsync(
            "usage: OnlineService.Bench understanding FILE.tsv [--misses] | understanding-cv [FOLDS] | faq DIR [QUERY] | wechat-load [--smoke] [options] | directline-load [--smoke] [options]");
        return 2;
}
