using Microsoft.Extensions.DependencyInjection;
using OnlineService.Conversation.Tests.Harness;
using OnlineService.Dialogs.Handoff;

namespace OnlineService.Conversation.Tests.Emergencies;

/// <summary>The colloquial ways residents report a danger, against the real content's words.</summary>
public sealed class EmergencyRecognizerTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData("燃气味", EmergencyKind.Gas)]
    [InlineData("家里煤气味很重", EmergencyKind.Gas)]
    [InlineData("有股臭鸡蛋味", EmergencyKind.Gas)]
    [InlineData("楼道里好像漏燃气了", EmergencyKind.Gas)]
    [InlineData("闻到天然气的味道", EmergencyKind.Gas)]
    [InlineData("水管爆了 家里全淹了", EmergencyKind.Flooding)]
    [InlineData("暖气片爆了！！", EmergencyKind.Flooding)]
    [InlineData("家里跑水了", EmergencyKind.Flooding)]
    [InlineData("水漫出来了", EmergencyKind.Flooding)]
    [InlineData("暖气管往外喷热水", EmergencyKind.Flooding)]
    [InlineData("满地都是水", EmergencyKind.Flooding)]
    [InlineData("楼下说漏到他家了", EmergencyKind.SpreadingLeak)]
    [InlineData("暖气漏水越漏越大", EmergencyKind.SpreadingLeak)]
    [InlineData("阀门那里漏水止不住", EmergencyKind.SpreadingLeak)]
    [InlineData("漏水渗到楼下了", EmergencyKind.SpreadingLeak)]
    [InlineData("暖气不热", EmergencyKind.None)]
    [InlineData("卫生间暖气管子滋水了", EmergencyKind.None)]
    [InlineData("燃气费在哪交", EmergencyKind.None)]
    [InlineData("上次跑水师傅很快修好了，谢谢师傅", EmergencyKind.None)]
    [InlineData("", EmergencyKind.None)]
    public async Task Recognizes_dangers_in_everyday_words(string text, EmergencyKind expected)
    {
        await using var host = HeatingHosts.Create(_db.Path);
        Assert.Equal(expected, host.Services.GetRequiredService<EmergencyRecognizer>().Recognize(text));
    }
}
