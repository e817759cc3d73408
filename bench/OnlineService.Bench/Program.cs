using OnlineService.Bench;

// Usage:
//   understanding FILE.tsv [--misses]   accuracy, confusions and latency on intent<TAB>text lines
//   understanding-cv [FOLDS]            k-fold cross-validation on the embedded training corpus
//   faq DIR [QUERY]                     render the FAQ content with sample facts, or search it
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
    default:
        await Console.Error.WriteLineAsync("usage: OnlineService.Bench understanding FILE.tsv [--misses] | understanding-cv [FOLDS] | faq DIR [QUERY]");
        return 2;
}
