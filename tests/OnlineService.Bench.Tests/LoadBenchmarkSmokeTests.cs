using OnlineService.Bench.Load;

namespace OnlineService.Bench.Tests;

/// <summary>
/// Each load benchmark, once, in smoke mode: the gateway as its own process (the build of this configuration) on a
/// temporary data folder. Only correctness counts are asserted — never a time or a rate — so the test is stable on a
/// busy machine and still fails when a push is lost or answered twice.
/// </summary>
public sealed class LoadBenchmarkSmokeTests
{
    [Fact]
    public async Task Wechat_load_smoke_loses_nothing_and_duplicates_nothing()
    {
        var report = await WeChatLoadBenchmark.RunAsync(WeChatLoadSettings.Smoke(), TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.True(report.Audit.Acknowledged > 0, report.Table);
        Assert.Equal(0, report.Audit.Lost);
        Assert.Equal(0, report.Audit.DuplicatedTurns);
        Assert.Equal(0, report.Audit.Unfinished);
        Assert.Equal(0, report.Audit.TurnsWithoutReply);
        Assert.Equal(0, report.Audit.RepliesFailed);
        Assert.Equal(0, report.Audit.DuplicatedTranscriptActivities);
    }

    [Fact]
    public async Task Directline_load_smoke_answers_every_conversation_once_and_idle_streams_read_nothing()
    {
        var report = await DirectLineLoadBenchmark.RunAsync(DirectLineLoadSettings.Smoke(), TextWriter.Null, TestContext.Current.CancellationToken);

        Assert.Equal(0, report.MissingReplies);
        Assert.Equal(0, report.DuplicatedActivities);
        Assert.Equal(0, report.IdleStreamReads);
    }
}
