using OnlineService.Understanding.Intents;

namespace OnlineService.Understanding.Tests;

/// <summary>One trained recognizer shared by the tests: training takes a few hundred milliseconds.</summary>
internal static class Recognizers
{
    private static readonly Lazy<IntentRecognizer> Instance = new(() => IntentRecognizer.CreateOffline());

    public static IntentRecognizer Offline => Instance.Value;
}
